import Testing

@testable import TapSandbox

/// `customer(matching:)` answers from an index; it must answer what a scan of every customer in creation
/// order would, through creations, updates that change details and deletions.
@Suite struct CustomerIndexTests {
    static let pool: [CustomerSnapshot] = [
        CustomerSnapshot(firstName: "Ali", email: "ali@example.com"),
        CustomerSnapshot(firstName: "Ali", email: "ali@example.com", phone: Phone(countryCode: "965", number: "5000")),
        CustomerSnapshot(firstName: "Sara", lastName: "K"),
        CustomerSnapshot(firstName: "Sara", middleName: "M", lastName: "K"),
        CustomerSnapshot(email: "x@example.com"),
    ]

    static func scan(_ state: AccountState, _ details: CustomerSnapshot) -> Customer? {
        state.customers.values.first { customer in
            var snapshot = customer.snapshot
            snapshot.id = nil
            return snapshot == details
        }
    }

    static func customer(_ serial: Int64, _ details: CustomerSnapshot) -> Customer {
        var customer = Customer(id: "cus_\(serial)", serial: serial, createdAt: 0)
        customer.firstName = details.firstName
        customer.middleName = details.middleName
        customer.lastName = details.lastName
        customer.email = details.email
        customer.phone = details.phone
        return customer
    }

    @Test func index_AnswersAsAScanWould_ThroughEveryKindOfChange() {
        var random = SeededGenerator(state: 42)
        var state = AccountState()
        var serial: Int64 = 0
        for _ in 0..<2_000 {
            let ids = Array(state.customers.values.map(\.id))
            let roll = Int.random(in: 0..<10, using: &random)
            switch ids.isEmpty ? 0 : roll {
            case 0..<5:
                serial += 1
                state.put(Self.customer(serial, Self.pool.randomElement(using: &random)!))
            case 5..<8:
                let old = state.customers[ids.randomElement(using: &random)!]!
                let updated = Self.customer(old.serial, Self.pool.randomElement(using: &random)!)
                state.put(updated)
            default:
                state.removeCustomer(ids.randomElement(using: &random)!)
            }
            for details in Self.pool {
                #expect(state.customer(matching: details)?.id == Self.scan(state, details)?.id)
            }
        }
        #expect(state.customers.count > 10)
    }
}
