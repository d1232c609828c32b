// Generated from openapi.json by scripts/embed_openapi.py: edit openapi.json, then run the script.

/// The OpenAPI 3.1 document of the sandbox, served at `GET /_sandbox/openapi.json`.
enum OpenAPIDocument {
    /// The text of `openapi.json`, byte for byte.
    static let text = ##"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "tap-sandbox",
    "version": "0.1.0",
    "summary": "A local sandbox of the Tap Payments API v2, plus its own control API.",
    "description": "Everything under /v2 emulates api.tap.company/v2: point a Tap client at http://HOST:PORT/v2 with any test key sk_test_... (each distinct key is its own isolated merchant account). Declines are HTTP 200 with status and response.code; errors use Tap's envelope. Every request body may also be sent as application/x-www-form-urlencoded with PHP-style bracket keys (customer[first_name]=...). Everything under /_sandbox is the sandbox's own: health, reset, clock, journals, the hosted page. Every response carries the header tap-sandbox-version."
  },
  "servers": [{"url": "http://127.0.0.1:7800", "description": "The default address of `tap-sandbox`."}],
  "security": [{"bearer": []}],
  "tags": [
    {"name": "Charges"},
    {"name": "Authorize"},
    {"name": "Tokens"},
    {"name": "Customers"},
    {"name": "Saved cards"},
    {"name": "Sandbox control"},
    {"name": "Webhooks"},
    {"name": "Hosted page"}
  ],
  "paths": {
    "/v2/charges": {
      "post": {
        "operationId": "createCharge",
        "summary": "Create a charge",
        "tags": ["Charges"],
        "description": "With source.id auth_... this captures an authorize (spec §5.4).",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentCreate"}}}
        },
        "responses": {
          "200": {
            "description": "The charge: CAPTURED, DECLINED ... at once for a card token, INITIATED with transaction.url for src_all, src_card, KNET ... and 3-D Secure cards. Declines are 200 too.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Charge"}}},
            "links": {
              "RetrieveCharge": {"operationId": "retrieveCharge", "parameters": {"id": "$response.body#/id"}},
              "UpdateCharge": {"operationId": "updateCharge", "parameters": {"id": "$response.body#/id"}},
              "ShowHostedPage": {"operationId": "showHostedPage", "parameters": {"id": "$response.body#/id"}},
              "SubmitHostedPage": {
                "operationId": "submitHostedPage",
                "parameters": {"id": "$response.body#/id"}
              }
            }
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/charges/{id}": {
      "parameters": [{"$ref": "#/components/parameters/ChargeId"}],
      "get": {
        "operationId": "retrieveCharge",
        "summary": "Retrieve a charge",
        "tags": ["Charges"],
        "responses": {
          "200": {
            "description": "The charge.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Charge"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "put": {
        "operationId": "updateCharge",
        "summary": "Update a charge",
        "tags": ["Charges"],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentUpdate"}}}
        },
        "responses": {
          "200": {
            "description": "The charge, method UPDATE.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Charge"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v2/charges/list": {
      "post": {
        "operationId": "listCharges",
        "summary": "List charges",
        "tags": ["Charges"],
        "requestBody": {
          "required": false,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentListRequest"}}}
        },
        "responses": {
          "200": {
            "description": "A page of charges.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ChargeList"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/charges/download": {
      "post": {
        "operationId": "downloadCharges",
        "summary": "Download charges as CSV",
        "tags": ["Charges"],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/PaymentDownloadRequest"}}
          }
        },
        "responses": {
          "200": {
            "description": "CSV (RFC 4180, CRLF) with the columns id,status,amount,currency,created,customer_id,customer_email,reference_transaction,reference_order,payment_method,card_first_six,card_last_four,response_code,response_message; served as an attachment named charges.csv.",
            "headers": {
              "has_more": {"schema": {"type": "string", "enum": ["true", "false"]}, "required": true},
              "page_size": {
                "schema": {"type": "string", "pattern": "^[0-9]+$"},
                "required": true,
                "description": "The limit applied."
              },
              "total_count": {
                "schema": {"type": "string", "pattern": "^[0-9]+$"},
                "required": true,
                "description": "Every match, ignoring the cursor."
              },
              "number_of_pages": {"schema": {"type": "string", "pattern": "^[0-9]+$"}, "required": true},
              "last_charge_id": {
                "schema": {"type": "string"},
                "required": true,
                "description": "The last row's id: pass it back for the next page (empty when no rows)."
              }
            },
            "content": {"text/csv": {"schema": {"type": "string"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/authorize": {
      "post": {
        "operationId": "createAuthorize",
        "summary": "Create an authorize (hold)",
        "tags": ["Authorize"],
        "description": "Capture is a charge with source.id = the authorize's id.",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentCreate"}}}
        },
        "responses": {
          "200": {
            "description": "The authorize: AUTHORIZED, DECLINED ... or INITIATED with transaction.url.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Authorize"}}},
            "links": {
              "RetrieveAuthorize": {
                "operationId": "retrieveAuthorize",
                "parameters": {"id": "$response.body#/id"}
              },
              "UpdateAuthorize": {
                "operationId": "updateAuthorize",
                "parameters": {"id": "$response.body#/id"}
              },
              "VoidAuthorize": {"operationId": "voidAuthorize", "parameters": {"id": "$response.body#/id"}},
              "ShowHostedPage": {"operationId": "showHostedPage", "parameters": {"id": "$response.body#/id"}},
              "SubmitHostedPage": {
                "operationId": "submitHostedPage",
                "parameters": {"id": "$response.body#/id"}
              }
            }
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/authorize/{id}": {
      "parameters": [{"$ref": "#/components/parameters/AuthorizeId"}],
      "get": {
        "operationId": "retrieveAuthorize",
        "summary": "Retrieve an authorize",
        "tags": ["Authorize"],
        "responses": {
          "200": {
            "description": "The authorize.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Authorize"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "put": {
        "operationId": "updateAuthorize",
        "summary": "Update an authorize",
        "tags": ["Authorize"],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentUpdate"}}}
        },
        "responses": {
          "200": {
            "description": "The authorize, method UPDATE.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Authorize"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v2/authorize/{id}/void": {
      "parameters": [{"$ref": "#/components/parameters/AuthorizeId"}],
      "post": {
        "operationId": "voidAuthorize",
        "summary": "Void an authorize",
        "tags": ["Authorize"],
        "description": "Only an AUTHORIZED authorize (else 1114). The body may be empty, {} or [], or repeat the id as authorize_id (1113 when it differs).",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {"type": "object", "properties": {"authorize_id": {"type": "string"}}},
                  {"type": "array", "maxItems": 0}
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The authorize, status VOID, response code 601, method VOID.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Authorize"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v2/authorize/list": {
      "post": {
        "operationId": "listAuthorizes",
        "summary": "List authorizes",
        "tags": ["Authorize"],
        "requestBody": {
          "required": false,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentListRequest"}}}
        },
        "responses": {
          "200": {
            "description": "A page of authorizes.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuthorizeList"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/authorize/download": {
      "post": {
        "operationId": "downloadAuthorizes",
        "summary": "Download authorizes as CSV",
        "tags": ["Authorize"],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/PaymentDownloadRequest"}}
          }
        },
        "responses": {
          "200": {
            "description": "CSV (RFC 4180, CRLF) with the columns id,status,amount,currency,created,customer_id,customer_email,reference_transaction,reference_order,payment_method,card_first_six,card_last_four,response_code,response_message; served as an attachment named authorizes.csv.",
            "headers": {
              "has_more": {"schema": {"type": "string", "enum": ["true", "false"]}, "required": true},
              "page_size": {
                "schema": {"type": "string", "pattern": "^[0-9]+$"},
                "required": true,
                "description": "The limit applied."
              },
              "total_count": {
                "schema": {"type": "string", "pattern": "^[0-9]+$"},
                "required": true,
                "description": "Every match, ignoring the cursor."
              },
              "number_of_pages": {"schema": {"type": "string", "pattern": "^[0-9]+$"}, "required": true},
              "last_authorize_id": {
                "schema": {"type": "string"},
                "required": true,
                "description": "The last row's id: pass it back for the next page (empty when no rows)."
              }
            },
            "content": {"text/csv": {"schema": {"type": "string"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/tokens": {
      "post": {
        "operationId": "createToken",
        "summary": "Create a card token",
        "tags": ["Tokens"],
        "description": "A secret key or a publishable key (pk_test_...). A saved_card token needs the secret key of the account that saved the card.",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TokenCreate"}}}
        },
        "responses": {
          "200": {
            "description": "The token.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}},
            "links": {
              "RetrieveToken": {"operationId": "retrieveToken", "parameters": {"id": "$response.body#/id"}}
            }
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/tokens/{id}": {
      "parameters": [{"$ref": "#/components/parameters/TokenId"}],
      "get": {
        "operationId": "retrieveToken",
        "summary": "Retrieve a token",
        "tags": ["Tokens"],
        "description": "A secret key or a publishable key (pk_test_...). Expired tokens (5 minutes) are gone.",
        "responses": {
          "200": {
            "description": "The token.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v2/customers": {
      "post": {
        "operationId": "createCustomer",
        "summary": "Create a customer",
        "tags": ["Customers"],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerWrite"}}}
        },
        "responses": {
          "200": {
            "description": "The customer.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}},
            "links": {
              "RetrieveCustomer": {
                "operationId": "retrieveCustomer",
                "parameters": {"id": "$response.body#/id"}
              },
              "UpdateCustomer": {"operationId": "updateCustomer", "parameters": {"id": "$response.body#/id"}},
              "DeleteCustomer": {"operationId": "deleteCustomer", "parameters": {"id": "$response.body#/id"}},
              "ListCards": {"operationId": "listCards", "parameters": {"customer_id": "$response.body#/id"}},
              "SaveCard": {"operationId": "saveCard", "parameters": {"customer_id": "$response.body#/id"}}
            }
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/customers/{id}": {
      "parameters": [{"$ref": "#/components/parameters/CustomerId"}],
      "get": {
        "operationId": "retrieveCustomer",
        "summary": "Retrieve a customer",
        "tags": ["Customers"],
        "responses": {
          "200": {
            "description": "The customer.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "put": {
        "operationId": "updateCustomer",
        "summary": "Update a customer",
        "tags": ["Customers"],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerWrite"}}}
        },
        "responses": {
          "200": {
            "description": "The customer.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "delete": {
        "operationId": "deleteCustomer",
        "summary": "Delete a customer and its saved cards",
        "tags": ["Customers"],
        "responses": {
          "200": {
            "description": "Deleted.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerDeleted"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v2/customers/list": {
      "post": {
        "operationId": "listCustomers",
        "summary": "List customers",
        "tags": ["Customers"],
        "requestBody": {
          "required": false,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerListRequest"}}}
        },
        "responses": {
          "200": {
            "description": "A page of customers.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerList"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/card/{customer_id}": {
      "parameters": [{"$ref": "#/components/parameters/CardCustomerId"}],
      "post": {
        "operationId": "saveCard",
        "summary": "Save a token's card for a customer",
        "tags": ["Saved cards"],
        "description": "Spends the token (1125 unknown or expired, 1126 used).",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CardSave"}}}
        },
        "responses": {
          "200": {
            "description": "The saved card.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SavedCard"}}},
            "links": {
              "RetrieveCard": {
                "operationId": "retrieveCard",
                "parameters": {"customer_id": "$response.body#/customer", "card_id": "$response.body#/id"}
              },
              "DeleteCard": {
                "operationId": "deleteCard",
                "parameters": {"customer_id": "$response.body#/customer", "card_id": "$response.body#/id"}
              }
            }
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "get": {
        "operationId": "listCards",
        "summary": "List a customer's saved cards",
        "tags": ["Saved cards"],
        "responses": {
          "200": {
            "description": "Every saved card.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SavedCardList"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v2/card/{customer_id}/{card_id}": {
      "parameters": [
        {"$ref": "#/components/parameters/CardCustomerId"},
        {"$ref": "#/components/parameters/CardId"}
      ],
      "get": {
        "operationId": "retrieveCard",
        "summary": "Retrieve a saved card",
        "tags": ["Saved cards"],
        "responses": {
          "200": {
            "description": "The saved card.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SavedCard"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "delete": {
        "operationId": "deleteCard",
        "summary": "Delete a saved card",
        "tags": ["Saved cards"],
        "responses": {
          "200": {
            "description": "Deleted.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SavedCardDeleted"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/_sandbox/health": {
      "get": {
        "operationId": "health",
        "summary": "Health",
        "tags": ["Sandbox control"],
        "description": "What `tap-sandbox health` asks; answers once the server accepts connections.",
        "responses": {
          "200": {
            "description": "Ready.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}
          }
        },
        "security": []
      }
    },
    "/_sandbox/openapi.json": {
      "get": {
        "operationId": "openAPIDocument",
        "summary": "This document",
        "tags": ["Sandbox control"],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document of the sandbox.",
            "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "paths"]}}}
          }
        },
        "security": []
      }
    },
    "/_sandbox/reset": {
      "post": {
        "operationId": "reset",
        "summary": "Forget data",
        "tags": ["Sandbox control"],
        "description": "Forgets the account's charges, authorizes, customers, deliveries, journal and clock offset. With a secret key it acts on that account; without an Authorization header, on every account.",
        "responses": {
          "200": {
            "description": "What was reset.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reset"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/requests": {
      "get": {
        "operationId": "requestLog",
        "summary": "Journal of API requests",
        "tags": ["Sandbox control"],
        "description": "With a secret key it acts on that account; without an Authorization header, on every account.",
        "responses": {
          "200": {
            "description": "Every /v2 request.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RequestLog"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/clock": {
      "get": {
        "operationId": "clock",
        "summary": "The sandbox clock",
        "tags": ["Sandbox control"],
        "description": "Each account has its own offset from real time. With a secret key it acts on that account; without an Authorization header, on every account.",
        "responses": {
          "200": {
            "description": "The clock.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Clock"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/clock/advance": {
      "post": {
        "operationId": "advanceClock",
        "summary": "Move the sandbox clock forward",
        "tags": ["Sandbox control"],
        "description": "Runs what falls due: expiry (ABANDONED), auto capture and void, webhook retries. The answer comes once those have run. With a secret key it acts on that account; without an Authorization header, on every account.",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ClockAdvance"}}}
        },
        "responses": {
          "200": {
            "description": "The clock after the move.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Clock"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/webhooks": {
      "get": {
        "operationId": "listWebhookDeliveries",
        "summary": "Webhook delivery log",
        "tags": ["Webhooks"],
        "description": "With a secret key it acts on that account; without an Authorization header, on every account.",
        "parameters": [
          {
            "name": "object_id",
            "in": "query",
            "required": false,
            "schema": {"type": "string"},
            "description": "Only the deliveries of this charge or authorize."
          }
        ],
        "responses": {
          "200": {
            "description": "Every delivery with every attempt.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookDeliveryList"}}},
            "links": {
              "Replay": {
                "operationId": "replayWebhookDelivery",
                "parameters": {"delivery_id": "$response.body#/deliveries/0/id"}
              }
            }
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/webhooks/{delivery_id}/replay": {
      "parameters": [{"$ref": "#/components/parameters/DeliveryId"}],
      "post": {
        "operationId": "replayWebhookDelivery",
        "summary": "Send a delivery again",
        "tags": ["Webhooks"],
        "description": "Re-signed with the account's key, or with a wrong hashstring when tamper is signature. With a secret key it acts on that account; without an Authorization header, on every account.",
        "requestBody": {
          "required": false,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Replay"}}}
        },
        "responses": {
          "200": {
            "description": "The new delivery; its attempt runs in the background.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookDelivery"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/pay/{id}": {
      "parameters": [{"$ref": "#/components/parameters/PaymentId"}],
      "get": {
        "operationId": "showHostedPage",
        "summary": "The hosted payment page (transaction.url)",
        "tags": ["Hosted page"],
        "description": "No key: the id is the capability, as on Tap's own page. lang_code: ar answers in Arabic.",
        "parameters": [
          {
            "name": "card",
            "in": "query",
            "required": false,
            "schema": {"type": "integer"},
            "description": "Fill the form with the N-th test card (the page's links)."
          }
        ],
        "responses": {
          "200": {
            "description": "The page: card form, KNET/Benefit page, or the final state.",
            "content": {"text/html": {"schema": {"type": "string"}}}
          },
          "404": {
            "description": "No such payment.",
            "content": {"text/html": {"schema": {"type": "string"}}}
          }
        },
        "security": []
      },
      "post": {
        "operationId": "submitHostedPage",
        "summary": "Pay, decline, fail 3-D Secure or cancel",
        "tags": ["Hosted page"],
        "description": "Settles the payment, fires its webhook and redirects like Tap's page; a test needs no browser. approve may carry a test card (card_number, expiry, cvv) whose outcome applies.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/HostedSubmission"}},
            "application/x-www-form-urlencoded": {
              "schema": {"$ref": "#/components/schemas/HostedSubmission"}
            }
          }
        },
        "responses": {
          "302": {
            "description": "Settled (or already final): back to redirect.url with tap_id={id} appended.",
            "headers": {"location": {"schema": {"type": "string"}, "required": true}},
            "content": {"text/html": {"schema": {"type": "string"}}}
          },
          "200": {
            "description": "The 3-D Secure challenge page, or the final state when there is no redirect.url.",
            "content": {"text/html": {"schema": {"type": "string"}}}
          },
          "400": {
            "description": "Invalid card fields: the form again (forms) or Tap's envelope (JSON).",
            "content": {
              "text/html": {"schema": {"type": "string"}},
              "application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}
            }
          },
          "404": {
            "description": "No such payment: a page (forms) or Tap's envelope (JSON).",
            "content": {
              "text/html": {"schema": {"type": "string"}},
              "application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}
            }
          }
        },
        "security": []
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "sk_test_...",
        "description": "Authorization: Bearer sk_test_<letters and digits>. pk_test_... keys only for tokens; live keys are always refused (401 1101)."
      }
    },
    "parameters": {
      "ChargeId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "A charge id (chg_...).",
        "schema": {"type": "string"}
      },
      "AuthorizeId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "An authorize id (auth_...).",
        "schema": {"type": "string"}
      },
      "TokenId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "A token id (tok_...).",
        "schema": {"type": "string"}
      },
      "CustomerId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "A customer id (cus_...).",
        "schema": {"type": "string"}
      },
      "CardCustomerId": {
        "name": "customer_id",
        "in": "path",
        "required": true,
        "description": "The customer the cards are saved for (cus_...).",
        "schema": {"type": "string"}
      },
      "CardId": {
        "name": "card_id",
        "in": "path",
        "required": true,
        "description": "A saved card id (card_...).",
        "schema": {"type": "string"}
      },
      "DeliveryId": {
        "name": "delivery_id",
        "in": "path",
        "required": true,
        "description": "A webhook delivery id (whd_...).",
        "schema": {"type": "string"}
      },
      "PaymentId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "A charge or authorize id (chg_... or auth_...).",
        "schema": {"type": "string"}
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid input: Tap's code for the field (spec §3.3); malformed JSON is 1103.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}
      },
      "Unauthorized": {
        "description": "No key (2107), an invalid key (2104), a publishable key where a secret key is needed (2106), or a live key (1101, never accepted).",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}
      },
      "NotFound": {
        "description": "No such object in this account, e.g. 1144 Charge not found.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}
      }
    },
    "schemas": {
      "ErrorEnvelope": {
        "type": "object",
        "properties": {
          "errors": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": {
                "code": {
                  "type": "string",
                  "pattern": "^[0-9]+$",
                  "description": "Tap's error code (spec §3.3), e.g. 1117 for an invalid amount."
                },
                "description": {"type": "string"}
              },
              "required": ["code", "description"]
            }
          }
        },
        "required": ["errors"],
        "description": "Tap's error envelope: every /v2 error, and every control API error, has this shape.",
        "example": {"errors": [{"code": "1117", "description": "Amount is invalid: amount is missing"}]}
      },
      "Metadata": {
        "type": "object",
        "description": "Up to the merchant: scalar values (keys under 250 characters, values under 1000), echoed as sent.",
        "additionalProperties": {"type": ["string", "number", "boolean", "null"]}
      },
      "Amount": {
        "type": "number",
        "exclusiveMinimum": 0,
        "description": "An exact decimal with the currency's places (3 for KWD, BHD, OMR, JOD; 2 for the others)."
      },
      "Currency": {
        "type": "string",
        "pattern": "^[A-Z]{3}$",
        "description": "ISO 4217 code.",
        "example": "KWD"
      },
      "PaymentStatus": {
        "type": "string",
        "enum": [
          "INITIATED",
          "IN_PROGRESS",
          "ABANDONED",
          "CANCELLED",
          "FAILED",
          "DECLINED",
          "RESTRICTED",
          "CAPTURED",
          "AUTHORIZED",
          "VOID",
          "TIMEDOUT",
          "UNKNOWN"
        ]
      },
      "Phone": {
        "type": "object",
        "properties": {"country_code": {"type": "string"}, "number": {"type": "string"}},
        "required": ["country_code", "number"]
      },
      "ResponseCode": {
        "type": "object",
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        "required": ["code", "message"],
        "description": "Tap's response code and its message (spec §4.6)."
      },
      "ProcessorResponse": {
        "type": "object",
        "properties": {"response": {"$ref": "#/components/schemas/ResponseCode"}},
        "required": ["response"]
      },
      "Callback": {
        "type": "object",
        "properties": {
          "attempt": {
            "type": "integer",
            "minimum": 1,
            "description": "Webhook attempts made so far (post only)."
          },
          "status": {"type": "string", "description": "PENDING, then SUCCESS or ERROR."},
          "url": {"type": "string"}
        },
        "required": ["status", "url"]
      },
      "PaymentCustomer": {
        "type": "object",
        "properties": {
          "id": {"type": "string"},
          "first_name": {"type": "string"},
          "middle_name": {"type": "string"},
          "last_name": {"type": "string"},
          "email": {"type": "string"},
          "phone": {"$ref": "#/components/schemas/Phone"}
        },
        "required": ["id"]
      },
      "Merchant": {
        "type": "object",
        "properties": {
          "country": {"type": "string"},
          "currency": {"type": "string"},
          "id": {"type": "string"}
        },
        "required": ["country", "currency", "id"]
      },
      "CardBrief": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "description": "The saved card's id, when the card was saved."},
          "object": {"const": "card"},
          "first_six": {"type": "string"},
          "first_eight": {"type": "string"},
          "scheme": {"type": "string"},
          "brand": {"type": "string"},
          "last_four": {"type": "string"}
        },
        "required": ["object", "first_six", "last_four", "brand", "scheme"]
      },
      "Activity": {
        "type": "object",
        "properties": {
          "id": {"type": "string"},
          "object": {"const": "activity"},
          "created": {"type": "integer"},
          "status": {"$ref": "#/components/schemas/PaymentStatus"},
          "currency": {"type": "string"},
          "amount": {"type": "number"},
          "remarks": {"type": "string"},
          "txn_id": {"type": "string"}
        },
        "required": ["id", "object", "created", "status", "currency", "amount", "remarks", "txn_id"]
      },
      "Payment": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "pattern": "^(chg|auth)_"},
          "object": {"type": "string", "enum": ["charge", "authorize"]},
          "live_mode": {"const": false},
          "customer_initiated": {"type": "boolean"},
          "authorize_debit": {"type": "boolean", "description": "Authorizes only."},
          "api_version": {"const": "V2"},
          "method": {
            "type": "string",
            "enum": ["CREATE", "GET", "UPDATE", "POST", "VOID"],
            "description": "The operation that produced this view; POST in webhooks."
          },
          "status": {"$ref": "#/components/schemas/PaymentStatus"},
          "amount": {"type": "number"},
          "currency": {"type": "string"},
          "threeDSecure": {"type": "boolean"},
          "card_threeDSecure": {"type": "boolean"},
          "save_card": {"type": "boolean"},
          "merchant_id": {"type": "string"},
          "product": {"type": "string"},
          "statement_descriptor": {"type": "string"},
          "description": {"type": "string"},
          "metadata": {"$ref": "#/components/schemas/Metadata"},
          "transaction": {
            "type": "object",
            "properties": {
              "authorization_id": {"type": "string"},
              "timezone": {"type": "string"},
              "created": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Epoch milliseconds, as a string (signed by the hashstring)."
              },
              "url": {
                "type": "string",
                "description": "The hosted page, while the payment waits for the customer."
              },
              "expiry": {
                "type": "object",
                "properties": {"period": {"type": "integer"}, "type": {"const": "MINUTE"}},
                "required": ["period", "type"]
              },
              "asynchronous": {"type": "boolean"},
              "amount": {"type": "number"},
              "currency": {"type": "string"}
            },
            "required": ["timezone", "created", "expiry", "asynchronous", "amount", "currency"]
          },
          "reference": {
            "type": "object",
            "properties": {
              "track": {"type": "string"},
              "payment": {"type": "string", "description": "Fixed at creation; signed by the hashstring."},
              "gateway": {"type": "string", "description": "Fixed at creation; signed by the hashstring."},
              "acquirer": {"type": "string"},
              "transaction": {"type": "string"},
              "order": {"type": "string"},
              "idempotent": {"type": "string"}
            },
            "required": ["track", "payment", "gateway"]
          },
          "response": {"$ref": "#/components/schemas/ResponseCode"},
          "security": {
            "type": "object",
            "properties": {
              "threeDSecure": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "status": {"type": "string", "enum": ["Y", "N"]}},
                "required": ["id", "status"]
              }
            },
            "required": ["threeDSecure"]
          },
          "acquirer": {"$ref": "#/components/schemas/ProcessorResponse"},
          "gateway": {"$ref": "#/components/schemas/ProcessorResponse"},
          "card": {"$ref": "#/components/schemas/CardBrief"},
          "receipt": {
            "type": "object",
            "properties": {
              "id": {"type": "string"},
              "email": {"type": "boolean"},
              "sms": {"type": "boolean"}
            },
            "required": ["email", "sms"]
          },
          "customer": {"$ref": "#/components/schemas/PaymentCustomer"},
          "merchant": {"$ref": "#/components/schemas/Merchant"},
          "source": {
            "type": "object",
            "properties": {
              "object": {"type": "string", "enum": ["token", "source"]},
              "type": {"type": "string"},
              "payment_type": {"type": "string"},
              "payment_method": {"type": "string"},
              "channel": {"type": "string"},
              "id": {
                "type": "string",
                "description": "src_all, src_card, src_kw.knet, tok_..., auth_... (capture)"
              },
              "on_file": {"type": "boolean"}
            },
            "required": ["object", "id"]
          },
          "redirect": {"$ref": "#/components/schemas/Callback"},
          "post": {"$ref": "#/components/schemas/Callback"},
          "activities": {"type": "array", "items": {"$ref": "#/components/schemas/Activity"}},
          "auto": {
            "type": "object",
            "properties": {
              "status": {"type": "string"},
              "type": {"type": "string", "enum": ["VOID", "CAPTURE"]},
              "time": {"type": "integer"}
            },
            "required": ["status", "type", "time"],
            "description": "Authorizes only: the scheduled automatic action."
          },
          "auto_reversed": {"type": "boolean", "description": "Charges only."},
          "payment_agreement": {
            "type": "object",
            "properties": {
              "id": {"type": "string"},
              "amount_variability": {"type": "string"},
              "type": {"type": "string"},
              "total_payments_count": {"type": "integer"},
              "contract": {
                "type": "object",
                "properties": {
                  "id": {"type": "string"},
                  "customer_id": {"type": "string"},
                  "type": {"type": "string"}
                },
                "required": ["id", "customer_id", "type"]
              },
              "metadata": {
                "type": "object",
                "properties": {
                  "txn_type": {"type": "string"},
                  "txn_id": {"type": "string"},
                  "terminal_id": {"type": "string"}
                }
              }
            },
            "required": ["id", "contract"],
            "description": "When the payment saved its card (save_card)."
          }
        },
        "required": [
          "id",
          "object",
          "live_mode",
          "customer_initiated",
          "api_version",
          "method",
          "status",
          "amount",
          "currency",
          "threeDSecure",
          "card_threeDSecure",
          "save_card",
          "merchant_id",
          "product",
          "description",
          "metadata",
          "transaction",
          "reference",
          "response",
          "receipt",
          "merchant",
          "source",
          "activities"
        ],
        "description": "A charge or an authorize, in the field order of Tap's examples (spec §4.4, §5.3). The webhook body is the same object with method POST."
      },
      "Charge": {
        "allOf": [
          {"$ref": "#/components/schemas/Payment"},
          {
            "type": "object",
            "properties": {"id": {"type": "string", "pattern": "^chg_"}, "object": {"const": "charge"}}
          }
        ]
      },
      "Authorize": {
        "allOf": [
          {"$ref": "#/components/schemas/Payment"},
          {
            "type": "object",
            "properties": {"id": {"type": "string", "pattern": "^auth_"}, "object": {"const": "authorize"}}
          }
        ]
      },
      "ChargeList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "live_mode": {"const": false},
          "api_version": {"const": "V2"},
          "count": {"type": "integer", "minimum": 0, "description": "Items in this page."},
          "has_more": {"type": "boolean"},
          "charges": {"type": "array", "items": {"$ref": "#/components/schemas/Charge"}}
        },
        "required": ["object", "live_mode", "api_version", "count", "has_more", "charges"],
        "description": "One page, newest first unless order is chronological."
      },
      "AuthorizeList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "live_mode": {"const": false},
          "api_version": {"const": "V2"},
          "count": {"type": "integer", "minimum": 0, "description": "Items in this page."},
          "has_more": {"type": "boolean"},
          "authorizes": {"type": "array", "items": {"$ref": "#/components/schemas/Authorize"}}
        },
        "required": ["object", "live_mode", "api_version", "count", "has_more", "authorizes"],
        "description": "One page, newest first unless order is chronological."
      },
      "CustomerInput": {
        "description": "An existing customer's id, or a new customer: a first name and an email or a phone (codes 1105, 1129-1139).",
        "anyOf": [
          {
            "type": "object",
            "properties": {"id": {"type": "string", "pattern": "^cus_."}},
            "required": ["id"]
          },
          {
            "type": "object",
            "properties": {
              "first_name": {"type": "string", "minLength": 1, "maxLength": 149},
              "middle_name": {"type": "string", "maxLength": 149},
              "last_name": {"type": "string", "maxLength": 149},
              "email": {"type": "string", "format": "email"},
              "phone": {
                "type": "object",
                "properties": {
                  "country_code": {
                    "type": ["string", "integer"],
                    "pattern": "^\\+?[0-9]{1,4}$",
                    "minimum": 1,
                    "maximum": 9999
                  },
                  "number": {
                    "type": ["string", "integer"],
                    "pattern": "^[0-9]{4,15}$",
                    "minimum": 1000,
                    "maximum": 999999999999999
                  }
                },
                "required": ["country_code", "number"]
              }
            },
            "required": ["first_name", "email"]
          },
          {
            "type": "object",
            "properties": {
              "first_name": {"type": "string", "minLength": 1, "maxLength": 149},
              "middle_name": {"type": "string", "maxLength": 149},
              "last_name": {"type": "string", "maxLength": 149},
              "email": {"type": "string", "format": "email"},
              "phone": {
                "type": "object",
                "properties": {
                  "country_code": {
                    "type": ["string", "integer"],
                    "pattern": "^\\+?[0-9]{1,4}$",
                    "minimum": 1,
                    "maximum": 9999
                  },
                  "number": {
                    "type": ["string", "integer"],
                    "pattern": "^[0-9]{4,15}$",
                    "minimum": 1000,
                    "maximum": 999999999999999
                  }
                },
                "required": ["country_code", "number"]
              }
            },
            "required": ["first_name", "phone"]
          }
        ]
      },
      "PaymentCreate": {
        "type": "object",
        "properties": {
          "amount": {
            "anyOf": [
              {"type": "number", "exclusiveMinimum": 0, "maximum": 1000000000},
              {"type": "string", "pattern": "^[0-9]{1,9}(\\.[0-9]{1,3})?$"}
            ],
            "description": "A number or a numeric string with at most the currency's decimals (1117)."
          },
          "currency": {
            "type": "string",
            "enum": ["KWD", "BHD", "OMR", "JOD", "SAR", "AED", "QAR", "EGP", "USD", "EUR", "GBP"],
            "description": "Any other well-formed code is 1119, a malformed one 1118."
          },
          "source": {
            "type": "object",
            "properties": {
              "id": {
                "anyOf": [
                  {
                    "type": "string",
                    "enum": [
                      "src_all",
                      "src_card",
                      "src_cards",
                      "src_kw.knet",
                      "src_bh.benefit",
                      "src_benefitpay",
                      "src_sa.mada",
                      "src_om.omannet",
                      "src_omannet",
                      "src_qa.qpay",
                      "src_apple_pay",
                      "src_google_pay"
                    ]
                  },
                  {"type": "string", "pattern": "^(tok|auth)_."}
                ],
                "description": "A redirect source (the hosted page), a card token tok_..., or auth_... to capture an authorize (charges)."
              }
            },
            "required": ["id"]
          },
          "customer": {"$ref": "#/components/schemas/CustomerInput"},
          "threeDSecure": {"type": "boolean"},
          "save_card": {"type": "boolean"},
          "customer_initiated": {"type": "boolean"},
          "description": {"type": "string", "maxLength": 999},
          "statement_descriptor": {"type": "string", "maxLength": 59},
          "metadata": {"$ref": "#/components/schemas/Metadata"},
          "reference": {
            "type": "object",
            "properties": {
              "transaction": {"type": "string", "maxLength": 99},
              "order": {"type": "string", "maxLength": 99},
              "idempotent": {
                "type": "string",
                "maxLength": 255,
                "description": "A repeat within 24 h of sandbox clock answers the original."
              }
            }
          },
          "receipt": {
            "type": "object",
            "properties": {"email": {"type": "boolean"}, "sms": {"type": "boolean"}}
          },
          "post": {
            "type": "object",
            "properties": {"url": {"type": "string", "description": "Webhook receiver; localhost allowed."}}
          },
          "redirect": {
            "type": "object",
            "properties": {
              "url": {"type": "string", "description": "Where the hosted page sends the customer back."}
            }
          },
          "transaction": {
            "type": "object",
            "properties": {
              "expiry": {
                "type": "object",
                "properties": {
                  "period": {"type": "integer", "minimum": 5, "maximum": 60},
                  "type": {"const": "MINUTE"}
                }
              }
            }
          },
          "auto": {
            "type": "object",
            "properties": {
              "type": {"type": "string", "enum": ["VOID", "CAPTURE"]},
              "time": {"type": "integer", "minimum": 1, "maximum": 168}
            },
            "description": "Authorizes only: void or capture automatically after `time` hours."
          }
        },
        "required": ["amount", "currency", "source", "customer"],
        "description": "Create a charge or an authorize (spec §4.2, §5.2). May also be sent as a PHP-style form.",
        "example": {
          "amount": 1.5,
          "currency": "KWD",
          "source": {"id": "src_all"},
          "customer": {"first_name": "Test", "email": "test@example.com"},
          "reference": {"transaction": "txn_1", "order": "ord_1"},
          "redirect": {"url": "http://127.0.0.1:9000/return"},
          "post": {"url": "http://127.0.0.1:9000/webhook"}
        }
      },
      "PaymentUpdate": {
        "type": "object",
        "properties": {
          "description": {"type": "string", "maxLength": 999},
          "metadata": {"$ref": "#/components/schemas/Metadata"},
          "receipt": {
            "type": "object",
            "properties": {"email": {"type": "boolean"}, "sms": {"type": "boolean"}}
          }
        },
        "description": "Only description, metadata (merged) and receipt change (spec §4.7)."
      },
      "PaymentListRequest": {
        "type": "object",
        "properties": {
          "period": {
            "type": "object",
            "properties": {
              "date": {
                "type": "object",
                "properties": {"from": {"type": ["string", "number"]}, "to": {"type": ["string", "number"]}}
              }
            },
            "description": "Epoch milliseconds (values below 10^11 read as seconds), bounds included."
          },
          "status": {"type": ["string", "array"], "items": {"type": "string"}},
          "customers": {"type": ["string", "array"], "items": {"type": "string"}},
          "sources": {"type": ["string", "array"], "items": {"type": "string"}},
          "payment_methods": {"type": ["string", "array"], "items": {"type": "string"}},
          "currency": {"type": "string"},
          "reference": {
            "type": "object",
            "properties": {"transaction": {"type": "string"}, "order": {"type": "string"}}
          },
          "metadata": {
            "type": ["object", "string"],
            "description": "An object: every pair must match; a string: some value must."
          },
          "email": {"type": "string"},
          "mobile": {"type": "string"},
          "order": {"type": "string", "enum": ["chronological", "reverse_chronological"]},
          "order_by": {"const": "date"},
          "charges": {
            "type": ["string", "array"],
            "items": {"type": "string"},
            "description": "Charge ids (charge lists)."
          },
          "authorizes": {
            "type": ["string", "array"],
            "items": {"type": "string"},
            "description": "Authorize ids (authorize lists)."
          },
          "limit": {"type": ["integer", "string"], "description": "1-50, default 25 (above 50: 1162)."},
          "starting_after": {"type": "string", "description": "The last id of the previous page."}
        },
        "description": "Filters combine with AND; empty values count as absent (spec §14.1)."
      },
      "PaymentDownloadRequest": {
        "type": "object",
        "properties": {
          "period": {
            "type": "object",
            "properties": {
              "date": {
                "type": "object",
                "properties": {"from": {"type": ["string", "number"]}, "to": {"type": ["string", "number"]}}
              }
            },
            "description": "Epoch milliseconds (values below 10^11 read as seconds), bounds included."
          },
          "status": {"type": ["string", "array"], "items": {"type": "string"}},
          "customers": {"type": ["string", "array"], "items": {"type": "string"}},
          "sources": {"type": ["string", "array"], "items": {"type": "string"}},
          "payment_methods": {"type": ["string", "array"], "items": {"type": "string"}},
          "currency": {"type": "string"},
          "reference": {
            "type": "object",
            "properties": {"transaction": {"type": "string"}, "order": {"type": "string"}}
          },
          "metadata": {
            "type": ["object", "string"],
            "description": "An object: every pair must match; a string: some value must."
          },
          "email": {"type": "string"},
          "mobile": {"type": "string"},
          "order": {"type": "string", "enum": ["chronological", "reverse_chronological"]},
          "order_by": {"const": "date"},
          "charges": {"type": ["string", "array"], "items": {"type": "string"}},
          "authorizes": {"type": ["string", "array"], "items": {"type": "string"}},
          "limit": {"type": ["integer", "string"], "description": "1-100000, default 100000."},
          "last_charge_id": {"type": "string", "description": "Cursor of charge downloads."},
          "last_authorize_id": {"type": "string", "description": "Cursor of authorize downloads."},
          "starting_after": {"type": "string"}
        },
        "description": "The list filters; the answer is CSV (spec §14.3)."
      },
      "TokenCreate": {
        "type": "object",
        "properties": {
          "card": {
            "type": "object",
            "properties": {
              "number": {"type": ["string", "number"]},
              "exp_month": {"type": ["string", "number"]},
              "exp_year": {"type": ["string", "number"]},
              "cvc": {"type": ["string", "number"]},
              "name": {"type": "string"},
              "address": {"type": "object"}
            },
            "required": ["number", "exp_month", "exp_year", "cvc"],
            "description": "Card data (codes 1140, 1141, 4100-4102); crypted_data is refused."
          },
          "saved_card": {
            "type": "object",
            "properties": {"card_id": {"type": "string"}, "customer_id": {"type": "string"}},
            "required": ["card_id", "customer_id"],
            "description": "A card saved for a customer of the calling account (secret key only)."
          },
          "client_ip": {"type": "string", "maxLength": 64}
        },
        "description": "Either card or saved_card.",
        "example": {
          "card": {
            "number": "5123450000000008",
            "exp_month": 1,
            "exp_year": 39,
            "cvc": 100,
            "name": "Test Card"
          }
        }
      },
      "Token": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "pattern": "^tok_"},
          "object": {"const": "token"},
          "client_ip": {"type": "string"},
          "created": {"type": "integer"},
          "live_mode": {"const": false},
          "type": {"type": "string", "enum": ["CARD", "SAVED_CARD"]},
          "used": {"type": "boolean"},
          "card": {
            "type": "object",
            "properties": {
              "id": {"type": "string"},
              "object": {"const": "card"},
              "address": {"type": "object"},
              "customer": {"type": "string"},
              "funding": {"type": "string"},
              "fingerprint": {"type": "string"},
              "brand": {"type": "string"},
              "scheme": {"type": "string"},
              "exp_month": {"type": "integer"},
              "exp_year": {"type": "integer", "description": "Two digits."},
              "last_four": {"type": "string"},
              "first_six": {"type": "string"},
              "name": {"type": "string"},
              "issuer": {
                "type": "object",
                "properties": {
                  "bank": {"type": "string"},
                  "country": {"type": "string"},
                  "id": {"type": "string"}
                },
                "required": ["bank", "country", "id"]
              }
            },
            "required": [
              "id",
              "object",
              "address",
              "funding",
              "fingerprint",
              "brand",
              "scheme",
              "exp_month",
              "exp_year",
              "last_four",
              "first_six",
              "issuer"
            ]
          }
        },
        "required": ["id", "object", "created", "live_mode", "type", "used", "card"],
        "description": "A single-use card token, alive for 5 minutes (spec §7.1). Never shows the number."
      },
      "CustomerWrite": {
        "type": "object",
        "properties": {
          "first_name": {"type": "string", "maxLength": 149},
          "middle_name": {"type": "string", "maxLength": 149},
          "last_name": {"type": "string", "maxLength": 149},
          "email": {"type": "string"},
          "phone": {
            "type": "object",
            "properties": {
              "country_code": {"type": ["string", "number"]},
              "number": {"type": ["string", "number"]}
            }
          },
          "description": {"type": "string", "maxLength": 999},
          "metadata": {"$ref": "#/components/schemas/Metadata"},
          "currency": {"type": "string"}
        },
        "description": "A first name, email or phone must remain (1129). On update only the named fields change, an empty string clears one, and metadata is merged (a null value removes its key).",
        "example": {
          "first_name": "Test",
          "email": "test@example.com",
          "phone": {"country_code": "965", "number": "51234567"}
        }
      },
      "Customer": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "pattern": "^cus_"},
          "object": {"const": "customer"},
          "live_mode": {"const": false},
          "created": {
            "type": "string",
            "pattern": "^[0-9]+$",
            "description": "Epoch milliseconds, as a string."
          },
          "merchant_id": {"type": "string"},
          "first_name": {"type": "string"},
          "middle_name": {"type": "string"},
          "last_name": {"type": "string"},
          "email": {"type": "string"},
          "phone": {"$ref": "#/components/schemas/Phone"},
          "description": {"type": "string"},
          "metadata": {"$ref": "#/components/schemas/Metadata"},
          "currency": {"type": "string"}
        },
        "required": ["id", "object", "live_mode", "created", "merchant_id", "metadata"],
        "description": "A customer (spec §7.2)."
      },
      "CustomerList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "live_mode": {"const": false},
          "api_version": {"const": "V2"},
          "count": {"type": "integer", "minimum": 0, "description": "Items in this page."},
          "has_more": {"type": "boolean"},
          "customers": {"type": "array", "items": {"$ref": "#/components/schemas/Customer"}}
        },
        "required": ["object", "live_mode", "api_version", "count", "has_more", "customers"],
        "description": "One page, newest first unless order is chronological."
      },
      "CustomerListRequest": {
        "type": "object",
        "properties": {
          "limit": {"type": ["integer", "string"], "description": "1-50, default 25 (above 50: 1162)."},
          "starting_after": {"type": "string", "description": "The last customer id of the previous page."}
        }
      },
      "CustomerDeleted": {
        "type": "object",
        "properties": {"id": {"type": "string"}, "object": {"const": "customer"}, "deleted": {"const": true}},
        "required": ["id", "object", "deleted"]
      },
      "CardSave": {
        "type": "object",
        "properties": {
          "source": {
            "oneOf": [
              {"type": "string"},
              {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
            ],
            "description": "An unused card token: tok_... or {\"id\": \"tok_...\"}."
          }
        },
        "required": ["source"]
      },
      "SavedCard": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "pattern": "^card_"},
          "created": {"type": "integer"},
          "object": {"const": "card"},
          "live_mode": {"const": false},
          "address": {"type": "object"},
          "customer": {"type": "string"},
          "funding": {"type": "string"},
          "fingerprint": {"type": "string"},
          "brand": {"type": "string"},
          "scheme": {"type": "string"},
          "name": {"type": "string"},
          "exp_month": {"type": "integer"},
          "exp_year": {"type": "integer"},
          "last_four": {"type": "string"},
          "first_six": {"type": "string"}
        },
        "required": [
          "id",
          "created",
          "object",
          "live_mode",
          "address",
          "customer",
          "funding",
          "fingerprint",
          "brand",
          "scheme",
          "exp_month",
          "exp_year",
          "last_four",
          "first_six"
        ],
        "description": "A card saved for a customer (spec §7.3)."
      },
      "SavedCardList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "has_more": {"type": "boolean"},
          "data": {"type": "array", "items": {"$ref": "#/components/schemas/SavedCard"}}
        },
        "required": ["object", "has_more", "data"],
        "description": "Newest first."
      },
      "SavedCardDeleted": {
        "type": "object",
        "properties": {"deleted": {"const": true}, "id": {"type": "string"}},
        "required": ["deleted", "id"]
      },
      "Health": {
        "type": "object",
        "properties": {"status": {"const": "ok"}, "version": {"type": "string"}},
        "required": ["status", "version"]
      },
      "Reset": {
        "type": "object",
        "properties": {"reset": {"type": "string", "enum": ["account", "all"]}},
        "required": ["reset"]
      },
      "AccountClock": {
        "type": "object",
        "properties": {
          "merchant_id": {"type": "string"},
          "now": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "iso": {"type": "string", "description": "now in ISO 8601, UTC."},
          "offset_ms": {"type": "integer", "description": "Ahead of real time by this much."}
        },
        "required": ["merchant_id", "now", "iso", "offset_ms"]
      },
      "AllClocks": {
        "type": "object",
        "properties": {
          "now": {"type": "integer", "description": "Real time, epoch milliseconds."},
          "accounts": {"type": "array", "items": {"$ref": "#/components/schemas/AccountClock"}}
        },
        "required": ["now", "accounts"]
      },
      "Clock": {
        "oneOf": [{"$ref": "#/components/schemas/AccountClock"}, {"$ref": "#/components/schemas/AllClocks"}],
        "description": "The caller's clock with a key, every account's without."
      },
      "ClockAdvance": {
        "type": "object",
        "properties": {
          "seconds": {
            "anyOf": [
              {"type": "number", "minimum": 0, "maximum": 3200000000},
              {"type": "string", "pattern": "^[0-9]{1,9}(\\.[0-9]+)?$"}
            ]
          },
          "milliseconds": {"type": "integer", "minimum": 0, "maximum": 2147483647000}
        },
        "description": "Give seconds (fractions allowed) or milliseconds.",
        "example": {"seconds": 1800},
        "anyOf": [{"required": ["seconds"]}, {"required": ["milliseconds"]}]
      },
      "RequestRecord": {
        "type": "object",
        "properties": {
          "time": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "merchant_id": {"type": "string"},
          "method": {"type": "string"},
          "path": {"type": "string"},
          "query": {"type": "string"},
          "status": {"type": "integer"},
          "scenario": {"type": "string"},
          "body": {"description": "JSON when the body was JSON, else its text; null when empty."},
          "response": {"description": "JSON when the body was JSON, else its text; null when empty."}
        },
        "required": ["time", "merchant_id", "method", "path", "status", "body", "response"],
        "description": "One /v2 request and its answer; card numbers and CVCs are redacted."
      },
      "RequestLog": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "count": {"type": "integer"},
          "requests": {"type": "array", "items": {"$ref": "#/components/schemas/RequestRecord"}}
        },
        "required": ["object", "count", "requests"],
        "description": "Oldest first."
      },
      "DeliveryAttempt": {
        "type": "object",
        "properties": {
          "attempt": {"type": "integer", "minimum": 1},
          "time": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "request": {
            "type": "object",
            "properties": {
              "method": {"const": "POST"},
              "headers": {"type": "object", "additionalProperties": {"type": "string"}},
              "body": {"type": "string"}
            },
            "required": ["method", "headers", "body"]
          },
          "response": {
            "oneOf": [
              {
                "type": "object",
                "properties": {
                  "status": {"type": "integer"},
                  "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                  "body": {"type": "string"}
                },
                "required": ["status", "headers", "body"]
              },
              {"type": "null"}
            ]
          },
          "latency_ms": {"type": ["number", "null"]},
          "error": {"type": ["string", "null"]}
        },
        "required": ["attempt", "time", "request", "response", "latency_ms", "error"]
      },
      "WebhookDelivery": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "pattern": "^whd_"},
          "object": {"const": "webhook_delivery"},
          "merchant_id": {"type": "string"},
          "object_id": {"type": "string"},
          "object_type": {"type": "string"},
          "object_status": {"type": "string"},
          "url": {"type": "string"},
          "status": {"type": "string", "enum": ["QUEUED", "SCHEDULED", "SENDING", "SUCCESS", "ERROR"]},
          "created": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "next_retry": {
            "type": ["integer", "null"],
            "description": "When the next attempt is due (sandbox clock)."
          },
          "replay_of": {"type": ["string", "null"]},
          "tampered": {"type": "boolean", "description": "Sent with a wrong hashstring on purpose."},
          "attempts": {"type": "array", "items": {"$ref": "#/components/schemas/DeliveryAttempt"}}
        },
        "required": [
          "id",
          "object",
          "merchant_id",
          "object_id",
          "object_type",
          "object_status",
          "url",
          "status",
          "created",
          "next_retry",
          "replay_of",
          "tampered",
          "attempts"
        ]
      },
      "WebhookDeliveryList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "count": {"type": "integer"},
          "deliveries": {"type": "array", "items": {"$ref": "#/components/schemas/WebhookDelivery"}}
        },
        "required": ["object", "count", "deliveries"],
        "description": "Oldest first."
      },
      "Replay": {
        "type": "object",
        "properties": {
          "tamper": {
            "const": "signature",
            "description": "Send a wrong hashstring: your endpoint should refuse it."
          }
        }
      },
      "HostedSubmission": {
        "type": "object",
        "properties": {
          "action": {"type": "string", "enum": ["approve", "decline", "fail3ds", "cancel"]},
          "card_number": {"type": "string"},
          "expiry": {"type": "string", "description": "MM/YY"},
          "cvv": {"type": "string"},
          "pin": {"type": "string", "description": "KNET and Benefit pages."},
          "bank": {"type": "string"},
          "step": {
            "type": "string",
            "enum": ["card", "challenge"],
            "description": "Sent by the page's own forms; plain HTTP clients leave it out."
          }
        },
        "required": ["action"],
        "example": {"action": "approve", "card_number": "5123450000000008", "expiry": "01/39", "cvv": "100"}
      }
    }
  }
}

"""##
}
