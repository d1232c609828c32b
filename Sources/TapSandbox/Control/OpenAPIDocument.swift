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
    {"name": "Refunds"},
    {"name": "Payouts"},
    {"name": "Sandbox control"},
    {"name": "Scenarios"},
    {"name": "Webhooks"},
    {"name": "Hosted page"},
    {"name": "Integration review"},
    {"name": "Dashboard"}
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
    "/v2/refunds": {
      "post": {
        "operationId": "createRefund",
        "summary": "Create a refund",
        "tags": ["Refunds"],
        "description": "The sum of a charge's refunds that did not fail never exceeds the charge, even under concurrent requests. A scenario (x-sandbox-scenario: refund-failed, refund-declined, ...) decides what the refund settles into.",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefundCreate"}}}
        },
        "responses": {
          "200": {
            "description": "The refund, PENDING (response.code 100); a repeated reference.idempotent answers the original as it is now.",
            "headers": {
              "x-sandbox-idempotent-replay": {
                "schema": {"const": "true"},
                "description": "Only on a repeat of reference.idempotent."
              }
            },
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Refund"}}},
            "links": {
              "RetrieveRefund": {"operationId": "retrieveRefund", "parameters": {"id": "$response.body#/id"}},
              "UpdateRefund": {"operationId": "updateRefund", "parameters": {"id": "$response.body#/id"}}
            }
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/refunds/{id}": {
      "parameters": [{"$ref": "#/components/parameters/RefundId"}],
      "get": {
        "operationId": "retrieveRefund",
        "summary": "Retrieve a refund",
        "tags": ["Refunds"],
        "responses": {
          "200": {
            "description": "The refund.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Refund"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "put": {
        "operationId": "updateRefund",
        "summary": "Update a refund",
        "tags": ["Refunds"],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefundUpdate"}}}
        },
        "responses": {
          "200": {
            "description": "The refund, method UPDATE.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Refund"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v2/refunds/list": {
      "post": {
        "operationId": "listRefunds",
        "summary": "List refunds",
        "tags": ["Refunds"],
        "requestBody": {
          "required": false,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefundListRequest"}}}
        },
        "responses": {
          "200": {
            "description": "A page of refunds.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RefundList"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/payouts/list": {
      "post": {
        "operationId": "listPayouts",
        "summary": "List payouts",
        "tags": ["Payouts"],
        "description": "Also how Tap retrieves one payout: {\"payouts\": {\"payout_id\": [\"payout_...\"]}}.",
        "requestBody": {
          "required": false,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PayoutListRequest"}}}
        },
        "responses": {
          "200": {
            "description": "A page of payouts.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PayoutList"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/v2/payouts/download": {
      "post": {
        "operationId": "downloadPayouts",
        "summary": "Download payouts as ZIP",
        "tags": ["Payouts"],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PayoutDownloadRequest"}}}
        },
        "responses": {
          "200": {
            "description": "A ZIP with, for each payout, the CSV sheets `DDMMYYYY  - CHARGES <digits>.csv` (the charge download's columns), `DDMMYYYY  - REFUNDS <digits>.csv` and `DDMMYYYY  - PAYOUT SUMMARY <digits>.csv` (Tap's names, the payout's UTC date and its id's digits).",
            "headers": {
              "content-disposition": {
                "schema": {"type": "string", "pattern": "^attachment; filename=\"[^\"]+\\.zip\"$"},
                "required": true,
                "description": "payout_<digits>.zip for one payout, payouts.zip for several."
              }
            },
            "content": {
              "application/zip": {"schema": {"type": "string", "contentMediaType": "application/zip"}}
            }
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
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
        "description": "Forgets the account's charges, authorizes, refunds, payouts and payout settings, customers, deliveries, journal, clock offset, scenario counts and run-time scenarios. With a secret key it acts on that account; without an Authorization header, on every account.",
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
        "description": "Runs what falls due: expiry (ABANDONED), auto capture and void, scenario transitions, refund settlements, daily payouts, delayed webhooks and retries. The answer comes once those have run. With a secret key it acts on that account; without an Authorization header, on every account.",
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
            "description": "Only the deliveries of this charge, authorize, refund or payout."
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
    "/_sandbox/payouts/settle": {
      "post": {
        "operationId": "settlePayouts",
        "summary": "Pay out now",
        "tags": ["Payouts"],
        "description": "For each currency, the CAPTURED charges minus the REFUNDED refunds no payout covered yet, with no fees; each payout is posted to the account's payout webhook_url. With a secret key it acts on that account; without an Authorization header, on every account.",
        "responses": {
          "200": {
            "description": "The payouts made (none when nothing is due).",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PayoutsMade"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/payouts/settings": {
      "get": {
        "operationId": "payoutSettings",
        "summary": "The account's payout settings",
        "tags": ["Payouts"],
        "description": "Tap sets these per merchant in its dashboard; the sandbox, per account.",
        "responses": {
          "200": {
            "description": "The settings.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PayoutSettings"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      },
      "put": {
        "operationId": "updatePayoutSettings",
        "summary": "Change the account's payout settings",
        "tags": ["Payouts"],
        "description": "Turning daily on schedules the first payout at the next midnight UTC of the account's sandbox clock.",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PayoutSettingsUpdate"}}}
        },
        "responses": {
          "200": {
            "description": "The settings now.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PayoutSettings"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/_sandbox/scenarios": {
      "get": {
        "operationId": "listScenarios",
        "summary": "The scenarios loaded",
        "tags": ["Scenarios"],
        "description": "Run-time ones (the account's, then every account's), files, shipped ones and the test cards. With a secret key: that account's view, with its sequence counts; without an Authorization header: everything.",
        "responses": {
          "200": {
            "description": "Every scenario, in precedence order.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScenarioList"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      },
      "post": {
        "operationId": "addScenarios",
        "summary": "Load scenarios at run time",
        "tags": ["Scenarios"],
        "description": "With a secret key the scenarios are that account's only; without an Authorization header, every account's. A name posted again in the same scope is replaced; names of file, shipped and test-card scenarios are refused.",
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScenarioFile"}}}
        },
        "responses": {
          "200": {
            "description": "The scenarios added.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScenarioList"}}}
          },
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/review": {
      "get": {
        "operationId": "integrationReview",
        "summary": "Integration review",
        "tags": ["Integration review"],
        "description": "Tap's Recommendations & Best Practices graded on what the account did (CONTRACT.md §9): twelve checks, each pass, fail or not_exercised with its evidence, the fix and the Tap page it comes from. With a secret key: that account's review; without an Authorization header: every account's (or the one merchant_id names). Accept: text/html gets the page for people.",
        "parameters": [
          {
            "name": "merchant_id",
            "in": "query",
            "required": false,
            "schema": {"type": "string"},
            "description": "Without a key: only this account's review."
          }
        ],
        "responses": {
          "200": {
            "description": "The review (with a key), the list of reviews (without), or the HTML page (Accept: text/html).",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [{"$ref": "#/components/schemas/Review"}, {"$ref": "#/components/schemas/ReviewList"}]
                }
              },
              "text/html": {"schema": {"type": "string"}}
            }
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox/review/probe": {
      "post": {
        "operationId": "sendReviewProbe",
        "summary": "Hashstring probe",
        "tags": ["Integration review"],
        "description": "Sends the account's latest webhook of a charge, authorize or refund to its URL twice, as replays: once signed right, once with a wrong hashstring. Answers once both were answered (at most the webhook timeout and 5 s); the review's webhooks.hashstring then shows the outcome. With a secret key it acts on that account; without an Authorization header, on every account that has sent a webhook (or the one merchant_id names).",
        "parameters": [
          {
            "name": "merchant_id",
            "in": "query",
            "required": false,
            "schema": {"type": "string"},
            "description": "Without a key: only this account."
          }
        ],
        "responses": {
          "200": {
            "description": "The probe sent (with a key), or the probes sent (without).",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {"$ref": "#/components/schemas/ReviewProbe"},
                    {"$ref": "#/components/schemas/ReviewProbeList"}
                  ]
                }
              }
            }
          },
          "400": {
            "description": "1103: the account has sent no webhook of a charge, authorize or refund yet.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthorized"}
        },
        "security": [{}, {"bearer": []}]
      }
    },
    "/_sandbox": {
      "get": {
        "operationId": "dashboard",
        "summary": "Dashboard (also at /_sandbox/)",
        "tags": ["Dashboard"],
        "description": "A self-contained page (inline CSS and script, works offline) that lists every account's charges, authorizations, refunds, payouts and webhook deliveries, shows any one in full with every webhook attempt, replays webhooks, settles hosted payments and shows the review. It reads GET /_sandbox/objects and /_sandbox/objects/{id}.",
        "responses": {
          "200": {
            "description": "The page; its data comes from the endpoints below.",
            "content": {"text/html": {"schema": {"type": "string"}}}
          }
        },
        "security": []
      }
    },
    "/_sandbox/objects": {
      "get": {
        "operationId": "listSandboxObjects",
        "summary": "Objects of every account (the dashboard's list)",
        "tags": ["Dashboard"],
        "description": "The accounts (masked keys only), then the charges, authorizes, refunds, payouts and webhook deliveries that match, newest first. Open, like the control API without a key: it covers every account.",
        "parameters": [
          {
            "name": "merchant_id",
            "in": "query",
            "required": false,
            "schema": {"type": "string"},
            "description": "Only this account's objects (the accounts are all listed still)."
          },
          {
            "name": "kind",
            "in": "query",
            "required": false,
            "schema": {"type": "string", "enum": ["charge", "authorize", "refund", "payout", "webhook"]}
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {"type": "string"},
            "description": "An exact status: CAPTURED, REFUNDED, PAID_OUT, SUCCESS …"
          },
          {
            "name": "q",
            "in": "query",
            "required": false,
            "schema": {"type": "string"},
            "description": "Text in the id, status, label, references, email or URLs, case-insensitively."
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 200},
            "description": "The most objects listed; count is every match."
          }
        ],
        "responses": {
          "200": {
            "description": "The accounts and the objects that match.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SandboxObjects"}}}
          }
        },
        "security": []
      }
    },
    "/_sandbox/objects/{id}": {
      "parameters": [{"$ref": "#/components/parameters/ObjectId"}],
      "get": {
        "operationId": "showSandboxObject",
        "summary": "One object in full (the dashboard's detail view)",
        "tags": ["Dashboard"],
        "description": "Its JSON as GET returns it, every webhook delivery of it with every attempt (request headers with hashstring, body, answer), the objects it is tied to, and links to settle it on the hosted page or follow its redirect. Open: looks in every account.",
        "responses": {
          "200": {
            "description": "The object.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SandboxObject"}}}
          },
          "404": {
            "description": "2102: no account has an object with this id.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}
          }
        },
        "security": []
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
      "RefundId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "A refund id (re_...).",
        "schema": {"type": "string"}
      },
      "DeliveryId": {
        "name": "delivery_id",
        "in": "path",
        "required": true,
        "description": "A webhook delivery id (whd_...).",
        "schema": {"type": "string"}
      },
      "ObjectId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "A charge, authorize, refund, payout or webhook delivery id (chg_, auth_, re_, payout_, whd_...).",
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
            "properties": {
              "id": {"type": "string", "pattern": "^chg_"},
              "object": {"const": "charge"},
              "refunded": {
                "type": "number",
                "description": "A sandbox addition (Tap documents no such field): the sum of the charge's refunds that did not fail, in its currency."
              }
            }
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
      "RefundStatus": {
        "type": "string",
        "enum": [
          "PENDING",
          "IN_PROGRESS",
          "REFUNDED",
          "CANCELLED",
          "FAILED",
          "DECLINED",
          "RESTRICTED",
          "TIMEDOUT",
          "UNKNOWN"
        ],
        "description": "PENDING at creation; REFUNDED 5 s of sandbox clock later, or what a scenario says (spec §6.4)."
      },
      "RefundCreate": {
        "type": "object",
        "properties": {
          "charge_id": {
            "type": "string",
            "description": "A CAPTURED charge of this account: missing 1142, unknown 1144, not CAPTURED 1143."
          },
          "amount": {
            "anyOf": [
              {"type": "number", "exclusiveMinimum": 0, "maximum": 1000000000},
              {"type": "string", "pattern": "^[0-9]{1,9}(\\.[0-9]{1,3})?$"}
            ],
            "description": "At most what the charge has left to refund (1161), with at most the currency's decimals (1117)."
          },
          "currency": {"type": "string", "description": "The charge's currency (another one: 1149)."},
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 249,
            "description": "Free text; Tap lists duplicate, fraudulent and requested_by_customer. Missing: 1156, 250 characters or more: 1157."
          },
          "description": {"type": "string", "maxLength": 999},
          "metadata": {"$ref": "#/components/schemas/Metadata"},
          "reference": {
            "type": "object",
            "properties": {
              "merchant": {"type": "string", "maxLength": 99},
              "idempotent": {
                "type": "string",
                "maxLength": 255,
                "description": "A repeat within 24 h of sandbox clock answers the original refund."
              }
            }
          },
          "post": {
            "type": "object",
            "properties": {
              "url": {
                "type": "string",
                "description": "Webhook receiver for the refund's settlement; localhost allowed."
              }
            }
          }
        },
        "required": ["charge_id", "amount", "currency", "reason"],
        "description": "Refund a CAPTURED charge, in part or in full (spec §6.2).",
        "example": {
          "charge_id": "chg_TS01A1220240915Ab3d1509123",
          "amount": 2,
          "currency": "KWD",
          "reason": "requested_by_customer"
        }
      },
      "RefundUpdate": {
        "type": "object",
        "properties": {
          "description": {"type": "string", "maxLength": 999},
          "metadata": {"$ref": "#/components/schemas/Metadata"}
        },
        "description": "Only description and metadata (merged key by key) change."
      },
      "Refund": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "pattern": "^re_"},
          "object": {"const": "refund"},
          "api_version": {"const": "V2"},
          "live_mode": {"const": false},
          "method": {
            "type": "string",
            "enum": ["CREATE", "GET", "UPDATE", "POST"],
            "description": "The operation that produced this view; POST in webhooks."
          },
          "status": {"$ref": "#/components/schemas/RefundStatus"},
          "amount": {"type": "number"},
          "currency": {"type": "string"},
          "charge_id": {"type": "string"},
          "created": {
            "type": "string",
            "pattern": "^[0-9]+$",
            "description": "Epoch milliseconds, as a string (signed by the hashstring)."
          },
          "description": {"type": "string"},
          "reason": {"type": "string"},
          "reference": {
            "type": "object",
            "properties": {
              "merchant": {"type": "string"},
              "gateway": {"type": "string", "description": "Fixed at creation; signed by the hashstring."},
              "payment": {"type": "string", "description": "Fixed at creation; signed by the hashstring."},
              "idempotent": {"type": "string"}
            },
            "required": ["gateway", "payment"]
          },
          "response": {
            "type": "object",
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            "required": ["code", "message"],
            "description": "Tap's refund code and its message (spec §6.4): 100 Pending, 000 Refunded, 401 Failed, 503 Declined, Refund not Supported ..."
          },
          "metadata": {"$ref": "#/components/schemas/Metadata"},
          "merchant_id": {"type": "string"},
          "post": {"$ref": "#/components/schemas/Callback"}
        },
        "required": [
          "id",
          "object",
          "api_version",
          "live_mode",
          "method",
          "status",
          "amount",
          "currency",
          "charge_id",
          "created",
          "description",
          "reason",
          "reference",
          "response",
          "metadata",
          "merchant_id"
        ],
        "description": "Spec §6.3's refund, completed as its proposed object."
      },
      "RefundListRequest": {
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
          "charges": {
            "type": ["string", "array"],
            "items": {"type": "string"},
            "description": "The refunds of these charges."
          },
          "refunds": {"type": ["string", "array"], "items": {"type": "string"}, "description": "Refund ids."},
          "status": {
            "type": ["string", "array"],
            "items": {"type": "string"},
            "description": "Refund statuses (another value: 1103)."
          },
          "limit": {"type": ["integer", "string"], "description": "1-50, default 25 (above 50: 1162)."},
          "starting_after": {
            "type": "string",
            "description": "The last id of the previous page (unknown: 400)."
          },
          "order": {"type": "string", "enum": ["chronological", "reverse_chronological"]},
          "order_by": {"const": "date"}
        },
        "description": "Filters combine with AND; empty values count as absent (spec §14.1)."
      },
      "RefundList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "live_mode": {"const": false},
          "api_version": {"const": "V2"},
          "count": {"type": "integer", "minimum": 0, "description": "Items in this page."},
          "has_more": {"type": "boolean"},
          "refunds": {"type": "array", "items": {"$ref": "#/components/schemas/Refund"}}
        },
        "required": ["object", "live_mode", "api_version", "count", "has_more", "refunds"],
        "description": "One page, newest first unless order is chronological."
      },
      "Payout": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "pattern": "^payout_[0-9]{14}$"},
          "status": {
            "type": "string",
            "enum": ["PENDING", "INITIATED", "FAILED", "PAID_OUT"],
            "description": "The sandbox pays out at once: PAID_OUT."
          },
          "date": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "amount": {"type": "number", "description": "Captured minus refunded; no fees."},
          "currency": {"type": "string"},
          "merchant_id": {"type": "string"},
          "wallet": {
            "type": "object",
            "properties": {
              "id": {"type": "string"},
              "legacy_id": {"type": "string"},
              "country": {"type": "string"},
              "bank": {
                "type": "object",
                "properties": {
                  "id": {"type": "string"},
                  "country": {"type": "string"},
                  "name": {"type": "string"},
                  "swift": {"type": "string"},
                  "beneficiary": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "iban": {"type": "string"}},
                    "required": ["name", "iban"]
                  }
                },
                "required": ["id", "country", "name", "swift", "beneficiary"]
              }
            },
            "required": ["id", "legacy_id", "country", "bank"],
            "description": "A fixed, fake Kuwaiti bank: the sandbox has none of the merchant's."
          },
          "bank_reference": {"type": "string"}
        },
        "required": ["id", "status", "date", "amount", "currency", "merchant_id", "wallet", "bank_reference"],
        "description": "Spec §8's payout; also the body of payout webhooks."
      },
      "PayoutListRequest": {
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
            "description": "On the payout's date: epoch milliseconds (values below 10^11 read as seconds), bounds included."
          },
          "payouts": {
            "type": "object",
            "properties": {
              "payout_id": {
                "type": ["string", "array"],
                "items": {"type": "string"},
                "description": "Payout ids (payout_...)."
              }
            }
          },
          "merchants": {
            "type": ["string", "array"],
            "items": {"type": "string"},
            "description": "Merchant ids: naming only other merchants finds nothing."
          },
          "limit": {"type": ["integer", "string"], "description": "1-50, default 25 (above 50: 1162)."},
          "starting_after": {
            "type": "string",
            "description": "The last id of the previous page (unknown: 400)."
          },
          "order": {"type": "string", "enum": ["chronological", "reverse_chronological"]},
          "order_by": {"const": "date"}
        }
      },
      "PayoutList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "live_mode": {"const": false},
          "api_version": {"const": "V2"},
          "count": {"type": "integer", "minimum": 0, "description": "Items in this page."},
          "has_more": {"type": "boolean"},
          "payouts": {"type": "array", "items": {"$ref": "#/components/schemas/Payout"}}
        },
        "required": ["object", "live_mode", "api_version", "count", "has_more", "payouts"],
        "description": "One page, newest first unless order is chronological."
      },
      "PayoutDownloadRequest": {
        "type": "object",
        "properties": {
          "payouts": {
            "type": "object",
            "properties": {
              "payout_id": {
                "type": ["string", "array"],
                "items": {"type": "string"},
                "description": "Payout ids (payout_...)."
              }
            },
            "required": ["payout_id"]
          }
        },
        "required": ["payouts"],
        "description": "1 to 50 payouts of this account (none, more, or an unknown id: 400).",
        "example": {"payouts": {"payout_id": ["payout_33271023375023"]}}
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
            "description": "Null until the receiver is connected (the request is logged before it is sent), and when the connection failed: nothing was sent.",
            "oneOf": [
              {
                "type": "object",
                "properties": {
                  "method": {"const": "POST"},
                  "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                  "body": {"type": "string"}
                },
                "required": ["method", "headers", "body"]
              },
              {"type": "null"}
            ]
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
          "object_type": {"type": "string", "enum": ["charge", "authorize", "refund", "payout"]},
          "object_status": {"type": "string"},
          "url": {"type": "string"},
          "status": {
            "type": "string",
            "enum": ["QUEUED", "SCHEDULED", "SENDING", "SUCCESS", "ERROR", "HELD", "DROPPED"],
            "description": "HELD: kept back by an out-of-order scenario; DROPPED: never sent (a drop scenario)."
          },
          "created": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "next_retry": {
            "type": ["integer", "null"],
            "description": "When the next attempt is due (sandbox clock)."
          },
          "replay_of": {"type": ["string", "null"]},
          "tampered": {"type": "boolean", "description": "Sent with a wrong hashstring on purpose."},
          "duplicate_of": {
            "type": "string",
            "description": "The delivery this copy repeats (a duplicate scenario)."
          },
          "scenario": {"type": "string", "description": "The scenario that decided the object."},
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
      "PayoutsMade": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "count": {"type": "integer", "minimum": 0},
          "payouts": {"type": "array", "items": {"$ref": "#/components/schemas/Payout"}}
        },
        "required": ["object", "count", "payouts"],
        "description": "The payouts just made: one per currency with a positive balance."
      },
      "PayoutSettings": {
        "type": "object",
        "properties": {
          "webhook_url": {"type": ["string", "null"], "description": "Where payout webhooks go; null: none."},
          "daily": {
            "type": "boolean",
            "description": "Whether a payout runs at every midnight UTC of the account's sandbox clock."
          },
          "next_payout_at": {
            "type": ["integer", "null"],
            "description": "The next daily payout (sandbox clock), while daily is on."
          }
        },
        "required": ["webhook_url", "daily", "next_payout_at"]
      },
      "PayoutSettingsUpdate": {
        "type": "object",
        "properties": {
          "webhook_url": {
            "type": ["string", "null"],
            "description": "An http or https URL (else 1103); null or \"\" stops payout webhooks."
          },
          "daily": {"type": "boolean"}
        },
        "description": "A field left out keeps its value.",
        "example": {"webhook_url": "http://127.0.0.1:8000/payouts", "daily": true}
      },
      "ScenarioFile": {
        "type": "object",
        "description": "What a scenario file holds: one scenario object, or {\"scenarios\": [...]}. The format is scenarios/scenario.schema.json and scenarios/README.md; it is checked as `tap-sandbox scenarios lint` checks files (every problem is one entry of the 400's errors, code 1103, \"$.json.path: problem\").",
        "properties": {
          "name": {"type": "string", "pattern": "^[a-z0-9-]{1,64}$"},
          "scenarios": {"type": "array", "items": {"type": "object"}}
        },
        "example": {
          "name": "refund-bank-declines",
          "match": {"resource": "refund"},
          "status": "DECLINED",
          "code": "502"
        }
      },
      "ScenarioInfo": {
        "type": "object",
        "properties": {
          "name": {"type": "string"},
          "description": {"type": "string"},
          "source": {
            "type": "string",
            "description": "runtime, runtime (account), a file path, built-in, or built-in test cards."
          },
          "merchant_id": {"type": "string", "description": "The account of an account's run-time scenario."},
          "automatic": {"type": "boolean"},
          "answered": {
            "type": "integer",
            "minimum": 0,
            "description": "A sequence's requests answered so far in the caller's account."
          },
          "definition": {"description": "The scenario as written."}
        },
        "required": ["name", "source", "automatic", "definition"]
      },
      "ScenarioList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "count": {"type": "integer", "minimum": 0},
          "scenarios": {"type": "array", "items": {"$ref": "#/components/schemas/ScenarioInfo"}}
        },
        "required": ["object", "count", "scenarios"],
        "description": "In precedence order."
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
      },
      "Review": {
        "type": "object",
        "properties": {
          "object": {"const": "review"},
          "merchant_id": {"type": "string"},
          "generated": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "status": {
            "type": "string",
            "enum": ["pass", "fail", "incomplete"],
            "description": "fail when a check fails; pass when every check passes; else incomplete."
          },
          "summary": {
            "type": "object",
            "properties": {
              "pass": {"type": "integer", "minimum": 0},
              "fail": {"type": "integer", "minimum": 0},
              "not_exercised": {"type": "integer", "minimum": 0},
              "text": {"type": "string"}
            },
            "required": ["pass", "fail", "not_exercised", "text"]
          },
          "checks": {"type": "array", "items": {"$ref": "#/components/schemas/ReviewCheck"}}
        },
        "required": ["object", "merchant_id", "generated", "status", "summary", "checks"]
      },
      "ReviewCheck": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "enum": [
              "reference.order",
              "reference.transaction",
              "reference.idempotent",
              "post.url",
              "webhooks.answered_2xx",
              "webhooks.hashstring",
              "redirect.retrieved",
              "refunds.api",
              "keys.no_live_key",
              "urls.reachable",
              "urls.not_production",
              "payment_methods.completed"
            ]
          },
          "title": {"type": "string"},
          "status": {"type": "string", "enum": ["pass", "fail", "not_exercised"]},
          "summary": {"type": "string", "description": "What the review saw."},
          "evidence": {
            "type": "array",
            "maxItems": 20,
            "items": {"$ref": "#/components/schemas/ReviewEvidence"}
          },
          "evidence_total": {"type": "integer", "minimum": 0, "description": "Evidence lists 20 items at most."},
          "fix": {"type": "string", "description": "The fix in one sentence."},
          "source": {"type": "string", "description": "The Tap page the recommendation comes from."},
          "guideline": {"type": "string", "description": "Tap's words there."}
        },
        "required": ["id", "title", "status", "summary", "evidence", "evidence_total", "fix", "source", "guideline"]
      },
      "ReviewEvidence": {
        "type": "object",
        "properties": {
          "object": {
            "type": "string",
            "description": "charge, authorize, refund, webhook_delivery, request, url or payment_method."
          },
          "id": {"type": "string", "description": "The object's id, the URL or the payment method."},
          "request": {
            "type": "object",
            "description": "The entry of GET /_sandbox/requests this item stands for.",
            "properties": {
              "time": {"type": "integer"},
              "method": {"type": "string"},
              "path": {"type": "string"},
              "status": {"type": "integer"}
            },
            "required": ["time", "method", "path"]
          },
          "note": {"type": "string"}
        },
        "required": ["object", "note"]
      },
      "ReviewList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "count": {"type": "integer", "minimum": 0},
          "reviews": {"type": "array", "items": {"$ref": "#/components/schemas/Review"}}
        },
        "required": ["object", "count", "reviews"]
      },
      "ReviewProbe": {
        "type": "object",
        "properties": {
          "id": {"type": "string", "description": "The tampered delivery's id."},
          "object": {"const": "review_probe"},
          "merchant_id": {"type": "string"},
          "created": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "url": {"type": "string"},
          "based_on": {"type": "string", "description": "The delivery both copies repeat."},
          "genuine_delivery": {"type": "string", "pattern": "^whd_"},
          "tampered_delivery": {"type": "string", "pattern": "^whd_"},
          "note": {"type": "string"}
        },
        "required": [
          "id",
          "object",
          "merchant_id",
          "created",
          "url",
          "based_on",
          "genuine_delivery",
          "tampered_delivery",
          "note"
        ]
      },
      "ReviewProbeList": {
        "type": "object",
        "properties": {
          "object": {"const": "list"},
          "count": {"type": "integer", "minimum": 0},
          "probes": {"type": "array", "items": {"$ref": "#/components/schemas/ReviewProbe"}}
        },
        "required": ["object", "count", "probes"]
      },
      "SandboxAccount": {
        "type": "object",
        "properties": {
          "merchant_id": {"type": "string"},
          "key": {"type": "string", "description": "Masked: sk_test_… and the key's last 4 characters."},
          "now": {"type": "integer", "description": "The account's sandbox clock, epoch milliseconds."},
          "counts": {
            "type": "object",
            "properties": {
              "charge": {"type": "integer", "minimum": 0},
              "authorize": {"type": "integer", "minimum": 0},
              "refund": {"type": "integer", "minimum": 0},
              "payout": {"type": "integer", "minimum": 0},
              "webhook": {"type": "integer", "minimum": 0}
            },
            "required": ["charge", "authorize", "refund", "payout", "webhook"]
          }
        },
        "required": ["merchant_id", "key", "now", "counts"]
      },
      "SandboxObjectSummary": {
        "type": "object",
        "properties": {
          "kind": {"type": "string", "enum": ["charge", "authorize", "refund", "payout", "webhook"]},
          "id": {"type": "string"},
          "merchant_id": {"type": "string"},
          "status": {"type": "string"},
          "amount": {"type": "string", "description": "Text with the currency's decimals (1.500)."},
          "currency": {"type": "string"},
          "created": {"type": "integer", "description": "Epoch milliseconds on the account's sandbox clock."},
          "label": {"type": "string", "description": "Method, references, description, or where a webhook goes."},
          "related": {"type": "string", "description": "A refund's charge, a webhook's object, a capture's authorize."}
        },
        "required": ["kind", "id", "merchant_id", "status", "created", "label"]
      },
      "SandboxObjects": {
        "type": "object",
        "properties": {
          "object": {"const": "sandbox_objects"},
          "accounts": {"type": "array", "items": {"$ref": "#/components/schemas/SandboxAccount"}},
          "statuses": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Every status any object has, for the status filter."
          },
          "count": {"type": "integer", "minimum": 0, "description": "Every match."},
          "limit": {"type": "integer", "minimum": 1, "maximum": 1000},
          "objects": {"type": "array", "items": {"$ref": "#/components/schemas/SandboxObjectSummary"}}
        },
        "required": ["object", "accounts", "statuses", "count", "limit", "objects"]
      },
      "SandboxObject": {
        "type": "object",
        "properties": {
          "object": {"const": "sandbox_object"},
          "kind": {"type": "string", "enum": ["charge", "authorize", "refund", "payout", "webhook"]},
          "summary": {"$ref": "#/components/schemas/SandboxObjectSummary"},
          "id": {"type": "string"},
          "merchant_id": {"type": "string"},
          "data": {
            "description": "The object as GET returns it; a webhook delivery as the delivery log shows it.",
            "anyOf": [
              {"$ref": "#/components/schemas/Charge"},
              {"$ref": "#/components/schemas/Authorize"},
              {"$ref": "#/components/schemas/Refund"},
              {"$ref": "#/components/schemas/Payout"},
              {"$ref": "#/components/schemas/WebhookDelivery"}
            ]
          },
          "data_text": {"type": "string", "description": "data, indented, its numbers as written."},
          "hosted_page": {"type": "string", "description": "While a payment can still be settled on its page."},
          "redirect_to": {"type": "string", "description": "Where the payment's customer is sent back (with tap_id)."},
          "deliveries": {"type": "array", "items": {"$ref": "#/components/schemas/WebhookDelivery"}},
          "related": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "object",
              "properties": {"kind": {"type": "string"}, "id": {"type": "string"}},
              "required": ["kind", "id"]
            }
          }
        },
        "required": ["object", "kind", "summary", "id", "merchant_id", "data", "data_text", "deliveries", "related"]
      }
    }
  }
}

"""##
}
