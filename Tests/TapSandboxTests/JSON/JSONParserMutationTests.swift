import Testing

@testable import TapSandbox

/// A poor man's fuzzer until the libFuzzer target exists: seeded byte mutations of valid documents.
struct JSONParserMutationTests {
    static let seeds: [String] = [
        #"{"amount":10.120,"currency":"KWD","customer":{"first_name":"A\"b","phone":{"country_code":965}}}"#,
        #"[1,-0,1e400,"\ud83d\ude00",true,false,null,{"":[[],{}]},"é\u0000\n"]"#,
        "\u{FEFF}  {\"a\" : [ 1 , 2 ] , \"b\" : \"😀\" }  ",
    ]

    @Test(arguments: 0..<4)
    func parse_MutatedInput_ThrowsInRangeOrRoundTrips(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed) &* 7919)
        let interesting: [UInt8] = [
            0x00, 0x22, 0x5C, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x3A, 0x80, 0xC3, 0xED, 0xF4, 0xFF, 0x75,
        ]
        for iteration in 0..<3_000 {
            var bytes = Array(Self.seeds[iteration % Self.seeds.count].utf8)
            for _ in 0..<Int.random(in: 1...4, using: &generator) where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes[index] = interesting.randomElement(using: &generator)!
                case 2: bytes.remove(at: index)
                default: bytes.removeSubrange(index...)
                }
            }
            do {
                let value = try JSONParser.parse(bytes)
                #expect(try JSONParser.parse(value.encoded()) == value, "input \(bytes)")
            } catch {
                #expect((0...bytes.count).contains(error.offset), "input \(bytes)")
                #expect(error.line >= 1 && error.column >= 1)
            }
        }
    }
}
