/// Every word the hosted page shows, in English and in Arabic (CONTRACT.md §5: the page follows the
/// object's `lang_code`). Status names, response codes and ids stay as Tap writes them in both languages.
struct HostedPageText: Sendable {
    var language: String
    var direction: String
    var testMode: String
    var sandboxNotice: String
    var orderSummary: String
    var amountToPay: String
    var merchant: String
    var descriptionLabel: String
    var orderReference: String
    var transactionReference: String
    var paymentID: String
    var customer: String
    var payByCard: String
    /// Heading of a local method's page, before the method's name.
    var payWith: String
    var cardNumber: String
    var expiry: String
    var securityCode: String
    var pay: String
    var testCards: String
    var testCardsHint: String
    var withThreeDSecure: String
    var withoutThreeDSecure: String
    var outcomesByExpiry: String
    var simulate: String
    var decline: String
    var failThreeDSecure: String
    var cancel: String
    var challengeTitle: String
    var challengeBody: String
    var oneTimeCode: String
    var authenticate: String
    var card: String
    var bank: String
    var chooseBank: String
    var pin: String
    var submit: String
    var status: String
    var response: String
    var returnToMerchant: String
    var finishedNote: String
    var expiredNote: String
    var titles: [PaymentStatus: String]
    var notCompleted: String
    var problems: [EntryProblem: String]

    /// The heading of a settled page.
    func title(for status: PaymentStatus) -> String { titles[status] ?? notCompleted }

    /// The text for an object's `language` ("ar" or anything else, which reads as English).
    static func forLanguage(_ language: String) -> HostedPageText { language == "ar" ? .arabic : .english }

    static let english = HostedPageText(
        language: "en", direction: "ltr", testMode: "Test mode",
        sandboxNotice: "Tap sandbox: no real money moves.", orderSummary: "Order summary",
        amountToPay: "Amount to pay", merchant: "Merchant", descriptionLabel: "Description",
        orderReference: "Order reference", transactionReference: "Transaction reference",
        paymentID: "Payment ID", customer: "Customer", payByCard: "Pay by card", payWith: "Pay with",
        cardNumber: "Card number",
        expiry: "Expiry date (MM/YY)", securityCode: "Security code (CVV)", pay: "Pay", testCards: "Test cards",
        testCardsHint: "Pick one of Tap's published test cards to fill the form.",
        withThreeDSecure: "3-D Secure", withoutThreeDSecure: "No 3-D Secure",
        outcomesByExpiry: "Results driven by the expiry date and CVV", simulate: "Simulate an outcome",
        decline: "Decline", failThreeDSecure: "Fail 3-D Secure", cancel: "Cancel",
        challengeTitle: "3-D Secure verification",
        challengeBody: "Your card issuer asks you to confirm this payment. In the sandbox any code is accepted.",
        oneTimeCode: "One-time code", authenticate: "Authenticate", card: "Card", bank: "Bank",
        chooseBank: "Select your bank", pin: "PIN", submit: "Submit", status: "Status", response: "Response",
        returnToMerchant: "Return to the merchant",
        finishedNote: "This payment is finished; nothing more can be done on this page.",
        expiredNote: "This payment expired before it was completed.",
        titles: [
            .captured: "Payment successful", .authorized: "Payment authorized", .declined: "Payment declined",
            .failed: "Payment failed", .cancelled: "Payment cancelled", .abandoned: "Payment expired",
        ],
        notCompleted: "Payment not completed",
        problems: [
            .cardNumber: "The card number is invalid.", .expiry: "Enter the expiry date as MM/YY.",
            .expiredCard: "This card has expired.", .securityCode: "The security code is invalid for this card.",
            .pin: "Enter the 4-digit PIN.", .bank: "Select your bank.", .action: "Choose an action on the page.",
        ])

    static let arabic = HostedPageText(
        language: "ar", direction: "rtl", testMode: "وضع الاختبار",
        sandboxNotice: "بيئة Tap التجريبية: لا تُنقل أي أموال حقيقية.", orderSummary: "ملخص الطلب",
        amountToPay: "المبلغ المطلوب", merchant: "التاجر", descriptionLabel: "الوصف",
        orderReference: "مرجع الطلب", transactionReference: "مرجع العملية",
        paymentID: "رقم عملية الدفع", customer: "العميل", payByCard: "الدفع بالبطاقة", payWith: "الدفع عبر",
        cardNumber: "رقم البطاقة",
        expiry: "تاريخ الانتهاء (شهر/سنة)", securityCode: "رمز الأمان (CVV)", pay: "ادفع",
        testCards: "بطاقات الاختبار", testCardsHint: "اختر إحدى بطاقات الاختبار المنشورة من Tap لتعبئة النموذج.",
        withThreeDSecure: "تحقق ثلاثي الأبعاد", withoutThreeDSecure: "بدون تحقق ثلاثي الأبعاد",
        outcomesByExpiry: "نتائج يحددها تاريخ الانتهاء ورمز الأمان", simulate: "محاكاة نتيجة",
        decline: "رفض", failThreeDSecure: "إفشال التحقق ثلاثي الأبعاد", cancel: "إلغاء",
        challengeTitle: "التحقق ثلاثي الأبعاد (3-D Secure)",
        challengeBody: "تطلب الجهة المصدرة لبطاقتك تأكيد عملية الدفع هذه. في البيئة التجريبية يُقبل أي رمز.",
        oneTimeCode: "رمز التحقق لمرة واحدة", authenticate: "تأكيد", card: "البطاقة", bank: "البنك",
        chooseBank: "اختر البنك", pin: "الرقم السري", submit: "إرسال", status: "الحالة", response: "الاستجابة",
        returnToMerchant: "العودة إلى التاجر",
        finishedNote: "اكتملت عملية الدفع هذه؛ لا يمكن القيام بأي إجراء آخر في هذه الصفحة.",
        expiredNote: "انتهت صلاحية عملية الدفع هذه قبل إتمامها.",
        titles: [
            .captured: "تمت عملية الدفع بنجاح", .authorized: "تم تفويض عملية الدفع", .declined: "تم رفض عملية الدفع",
            .failed: "فشلت عملية الدفع", .cancelled: "تم إلغاء عملية الدفع", .abandoned: "انتهت صلاحية عملية الدفع",
        ],
        notCompleted: "لم تكتمل عملية الدفع",
        problems: [
            .cardNumber: "رقم البطاقة غير صالح.", .expiry: "أدخل تاريخ الانتهاء بصيغة شهر/سنة (MM/YY).",
            .expiredCard: "انتهت صلاحية هذه البطاقة.", .securityCode: "رمز الأمان غير صالح لهذه البطاقة.",
            .pin: "أدخل الرقم السري المكون من 4 أرقام.", .bank: "اختر البنك.", .action: "اختر إجراءً من الصفحة.",
        ])
}
