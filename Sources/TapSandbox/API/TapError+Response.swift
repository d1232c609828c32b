extension TapError {
    /// Tap's envelope for this error (spec §3.1).
    public var response: HTTPResponse {
        var writer = JSONWriter(capacity: 128)
        writer.beginObject()
        writer.key("errors")
        writer.beginArray()
        writer.beginObject()
        writer.field("code", code)
        writer.field("description", description)
        writer.endObject()
        for entry in further {
            writer.beginObject()
            writer.field("code", entry.code)
            writer.field("description", entry.description)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        var response = HTTPResponse.json(writer.bytes, status: status)
        for field in headers { response.headers.add(name: field.name, value: field.value) }
        return response
    }
}
