/// `/v2/customers` (spec §7.2): create, retrieve, update, delete and list the account's customers.
struct CustomerRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("POST /v2/customers") { request throws(TapError) in try create(&request) }
        router.add("GET /v2/customers/:id") { request throws(TapError) in try retrieve(request) }
        router.add("PUT /v2/customers/:id") { request throws(TapError) in try update(&request) }
        router.add("DELETE /v2/customers/:id") { request throws(TapError) in try delete(request) }
        router.add("POST /v2/customers/list") { request throws(TapError) in try list(&request) }
    }

    func create(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let changes = try CustomerChanges.parse(Fields(try request.bodyObject()))
        let committed = try context.store.transact(account) { state, transaction throws(TapError) -> Customer in
            let serial = transaction.ids.nextSerial()
            var customer = Customer(
                id: Identifier.make("cus_", serial: serial, createdAt: transaction.now), serial: serial,
                createdAt: transaction.now)
            try changes.apply(to: &customer)
            state.put(customer)
            return customer
        }
        return response(committed.value.json, gate: committed.gate)
    }

    func retrieve(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        guard let customer = account.read({ $0.customers[id] }) else { throw .notFound(.customer) }
        return .json(customer.json)
    }

    /// Changes the fields the body names; metadata is merged (as a charge update merges it, spec §4.7).
    func update(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        let changes = try CustomerChanges.parse(Fields(try request.bodyObject()))
        let committed = try context.store.transact(account) { state, _ throws(TapError) -> Customer in
            guard var customer = state.customers[id] else { throw .notFound(.customer) }
            try changes.apply(to: &customer)
            state.put(customer)
            return customer
        }
        return response(committed.value.json, gate: committed.gate)
    }

    /// Removes the customer and its saved cards; answers `{"id","object","deleted":true}` (spec §7.2).
    func delete(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        let committed = try context.store.transact(account) { state, _ throws(TapError) in
            guard state.customers[id] != nil else { throw .notFound(.customer) }
            state.removeCustomer(id)
        }
        var writer = JSONWriter(capacity: 96)
        writer.beginObject()
        writer.field("id", id)
        writer.field("object", "customer")
        writer.field("deleted", true)
        writer.endObject()
        return response(writer.bytes, gate: committed.gate)
    }

    private func response(_ body: [UInt8], gate: ResponseGate?) -> HTTPResponse {
        var response = HTTPResponse.json(body)
        response.gate = gate
        return response
    }
}
