/// Tap's list answer (spec §14.1), the envelope of every `/list` route:
/// `{"object":"list","live_mode":false,"api_version":"V2","count":N,"has_more":…,"<key>":[…]}`, with `count`
/// the items of this page.
enum TapList {
    static func response<Item>(
        _ key: StaticString, _ items: [Item], hasMore: Bool, bytesPerItem: Int,
        write: (Item, inout JSONWriter) -> Void
    ) -> HTTPResponse {
        var writer = JSONWriter(capacity: 256 + items.count * bytesPerItem)
        writer.beginObject()
        writer.field("object", "list")
        writer.field("live_mode", false)
        writer.field("api_version", "V2")
        writer.field("count", items.count)
        writer.field("has_more", hasMore)
        writer.key(key)
        writer.beginArray()
        for item in items { write(item, &writer) }
        writer.endArray()
        writer.endObject()
        return .json(writer.bytes)
    }
}
