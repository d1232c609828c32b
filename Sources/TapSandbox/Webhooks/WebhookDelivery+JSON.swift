extension WebhookDelivery {
    /// The delivery as the log shows it (`GET /_sandbox/webhooks`): what was sent, byte for byte, and
    /// what came back, for every attempt (`request` is null until the receiver is connected, and stays null when
    /// the connection failed: nothing was sent). Times are epoch milliseconds on the account's sandbox clock.
    func write(to writer: inout JSONWriter, merchantID: String) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("object", "webhook_delivery")
        writer.field("merchant_id", merchantID)
        writer.field("object_id", objectID)
        writer.field("object_type", payload.objectKind)
        writer.field("object_status", payload.objectStatus)
        writer.field("url", url)
        writer.field("status", status.rawValue)
        writer.field("created", createdAt)
        writer.key("next_retry")
        if let nextAttemptAt { writer.int(nextAttemptAt) } else { writer.null() }
        writer.key("replay_of")
        if let replayOf { writer.string(replayOf) } else { writer.null() }
        writer.field("tampered", tampered)
        writer.field("duplicate_of", duplicateOf)
        writer.field("scenario", payload.scenario)
        writer.key("attempts")
        writer.beginArray()
        for attempt in attempts { attempt.write(to: &writer) }
        writer.endArray()
        writer.endObject()
    }
}

extension DeliveryAttempt {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("attempt", number)
        writer.field("time", startedAt)
        writer.key("request")
        if let requestHeaders, let requestBody {
            writer.beginObject()
            writer.field("method", "POST")
            writer.key("headers")
            Self.write(requestHeaders, to: &writer)
            writer.field("body", String(decoding: requestBody, as: UTF8.self))
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("response")
        if let response {
            writer.beginObject()
            writer.field("status", response.status)
            writer.key("headers")
            Self.write(response.headers, to: &writer)
            writer.field("body", String(decoding: response.body, as: UTF8.self))
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("latency_ms")
        if let latencyMicroseconds { writer.rawNumber(Self.milliseconds(latencyMicroseconds)) } else { writer.null() }
        writer.key("error")
        if let error { writer.string(error) } else { writer.null() }
        writer.endObject()
    }

    private static func write(_ headers: HTTPHeaders, to writer: inout JSONWriter) {
        writer.beginObject()
        for field in headers {
            writer.key(escaping: field.name)
            writer.string(field.value)
        }
        writer.endObject()
    }
}
