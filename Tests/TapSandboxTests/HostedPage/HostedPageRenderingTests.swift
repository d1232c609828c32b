import Testing

@testable import TapSandbox

/// What `GET /_sandbox/pay/{id}` shows: language and direction, escaping, labels, amounts, test cards.
@Suite struct HostedPageRenderingTests {
    @Test func page_IsSelfContainedEnglishHTML_WithTheOrderSummary() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["description": #""Two mugs""#])
        let page = sandbox.page(id)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.headers["cache-control"] == "no-store")
        #expect(page.text.hasPrefix("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">"))
        #expect(page.text.contains(#"<bdi class="num">KWD 1.500</bdi>"#))
        #expect(page.text.contains("<dd>Two mugs</dd>"))
        #expect(page.text.contains(#"<bdi class="num">ord_1</bdi>"#))
        #expect(page.text.contains(#"<button class="primary" id="pay" type="submit" name="action" value="approve">"#))
        // Works offline: no stylesheet, script or image is fetched from anywhere.
        #expect(!page.text.contains("<link"))
        #expect(!page.text.contains(" src="))
        #expect(!page.text.contains("url("))
    }

    @Test(arguments: ["src_all", "src_sa.mada", "src_kw.knet"])
    func everyInput_HasALabel(source: String) throws {
        let sandbox = try TestSandbox()
        let currency = source == "src_sa.mada" ? "SAR" : "KWD"
        let id = try sandbox.createCharge(["currency": "\"\(currency)\"", "source": #"{"id":"\#(source)"}"#])
        let page = sandbox.page(id).text
        let ids = Self.controlIDs(in: page)
        #expect(ids.count >= 3)
        for control in ids {
            #expect(page.contains(#"<label for="\#(control)">"#), "no label for \(control)")
        }
        #expect(page.contains(#"role="alert" aria-live="assertive""#))
    }

    @Test func arabic_IsRightToLeft_WithTranslatedLabels() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(headers: ["lang_code": "ar"])
        let page = sandbox.page(id).text
        #expect(page.contains(#"<html lang="ar" dir="rtl">"#))
        #expect(page.contains(#"<label for="card_number">رقم البطاقة</label>"#))
        #expect(page.contains("ملخص الطلب"))
        #expect(page.contains(#"ادفع <bdi class="num">KWD 1.500</bdi>"#))
        sandbox.submitForm(id, "action=cancel")
        #expect(sandbox.page(id).text.contains("تم إلغاء عملية الدفع"))
    }

    @Test func englishIsTheDefault_ForAnyOtherLanguage() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(headers: ["lang_code": "fr"])
        #expect(sandbox.page(id).text.contains(#"<html lang="en" dir="ltr">"#))
    }

    @Test func merchantValues_AreEscaped() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge([
            "description": #""<script>alert('d')</script>""#,
            "reference": #"{"order":"\"><img src=x onerror=alert(1)>","transaction":"t&<b>"}"#,
            "customer": #"{"first_name":"<svg onload=alert(2)>","email":"a@b.test"}"#,
        ])
        let page = sandbox.page(id).text
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<svg"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;d&#39;)&lt;/script&gt;"))
        #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("t&amp;&lt;b&gt;"))
        #expect(page.contains("&lt;svg onload=alert(2)&gt;"))
    }

    @Test(arguments: [("KWD", "1.5", "KWD 1.500"), ("USD", "10", "USD 10.00"), ("BHD", "0.25", "BHD 0.250")])
    func amount_HasTheCurrencysDecimals(currency: String, amount: String, shown: String) throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["currency": "\"\(currency)\"", "amount": "\"\(amount)\""])
        #expect(sandbox.page(id).text.contains(#"<p class="amount"><bdi class="num">\#(shown)</bdi></p>"#))
    }

    @Test func testCardLink_FillsTheFormWithoutJavaScript() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let page = sandbox.page(id).text
        #expect(page.contains(#"<a href="/_sandbox/pay/\#(id)?card=2" data-number="345678901234564""#))
        let filled = sandbox.page(id, query: "?card=2").text
        #expect(filled.contains(#"name="card_number" value="345678901234564""#))
        #expect(filled.contains(#"name="expiry" value="01/39""#))
        #expect(filled.contains(#"name="cvv" value="1000""#))
        #expect(filled.contains(#"value="approve" autofocus>"#))
        #expect(!sandbox.page(id, query: "?card=99").text.contains("autofocus"))
    }

    @Test func madaPage_IsBranded_AndListsMadaCardsFirst() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["currency": #""SAR""#, "source": #"{"id":"src_sa.mada"}"#])
        let page = sandbox.page(id).text
        #expect(page.contains(#"<body class="theme-mada">"#))
        #expect(page.contains(#"<p class="method-head">mada</p>"#))
        #expect(page.contains(#"?card=0" data-number="4464040000000007""#))
    }

    @Test func benefitPage_HasNoBankChoice() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["currency": #""BHD""#, "source": #"{"id":"src_bh.benefit"}"#])
        let page = sandbox.page(id).text
        #expect(page.contains(#"<body class="theme-benefit">"#))
        #expect(page.contains("Pay with BENEFIT"))
        #expect(!page.contains(#"name="bank""#))
        #expect(page.contains("4600 4101 2345 6789"))
    }

    /// The ids of visible inputs and selects (hidden inputs start with `type=`).
    static func controlIDs(in html: String) -> [String] {
        var ids: [String] = []
        for opening in [#"<input id=""#, #"<select id=""#] {
            var rest = html[...]
            while let start = rest.firstRange(of: opening) {
                rest = rest[start.upperBound...]
                ids.append(String(rest.prefix { $0 != "\"" }))
            }
        }
        return ids
    }
}
