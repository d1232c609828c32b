import Testing

@testable import TapSandbox

@Suite struct HTMLTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("", ""),
        ("<b>", "&lt;b&gt;"),
        ("a & b", "a &amp; b"),
        (#""quoted""#, "&quot;quoted&quot;"),
        ("it's", "it&#39;s"),
        ("&amp;", "&amp;amp;"),
        ("عربي <x>", "عربي &lt;x&gt;"),
        (#""><script>alert(1)</script>"#, "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
    ])
    func escape_ReplacesTheFiveSpecialCharacters(text: String, escaped: String) {
        #expect(HTML.escape(text) == escaped)
    }

    @Test func interpolatedStrings_AreEscaped_InTextAndAttributes() {
        let hostile = #"x" onmouseover="alert(1)"#
        let html: HTML = "<p title=\"\(hostile)\">\(hostile)</p>"
        #expect(html.markup == #"<p title="x&quot; onmouseover=&quot;alert(1)">x&quot; onmouseover=&quot;alert(1)</p>"#)
    }

    @Test func interpolatedHTML_IsInsertedAsIs() {
        let inner: HTML = "<b>\("<i>")</b>"
        let list: [HTML] = ["<li>1</li>", "<li>2</li>"]
        let outer: HTML = "<div>\(inner)<ul>\(list)</ul>\(7)</div>"
        #expect(outer.markup == "<div><b>&lt;i&gt;</b><ul><li>1</li><li>2</li></ul>7</div>")
    }

    @Test func when_GivesTheMarkupOnlyIfTheConditionHolds() {
        #expect(HTML.when(true, " selected").markup == " selected")
        #expect(HTML.when(false, " selected") == .empty)
    }
}
