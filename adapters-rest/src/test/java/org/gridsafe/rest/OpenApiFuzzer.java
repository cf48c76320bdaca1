package org.gridsafe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Malformed requests generated from the served OpenAPI document: for a random operation, a request
 * that is mostly right (documented parameters, a body built from the request schema, a token of
 * a real actor) with one to three mutations of its path, query, headers or body. The same seed
 * and the same sequence of {@link #next} calls give the same requests, so a failure replays.
 */
final class OpenApiFuzzer {

    /** One documented operation. */
    record Operation(String method, String path, JsonNode operation) {
        String name() {
            return method + " " + path;
        }
    }

    /** A generated request and the mutations it carries, for the failure message. */
    record Case(Operation operation, RawHttp.Request request, List<String> mutations) {}

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final SplittableRandom random;
    private final List<String> tokens;
    /** Ids of cases that exist, so path parameters often name a real case. */
    private final List<String> caseIds;

    OpenApiFuzzer(JsonNode document, long seed, List<String> tokens, List<String> caseIds) {
        this.document = document;
        this.random = new SplittableRandom(seed);
        this.tokens = tokens;
        this.caseIds = caseIds;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** The next request: operations in turn (every route is hit evenly), mutations at random. */
    Case next(int index) {
        Operation op = operations.get(index % operations.size());
        List<String> mutations = new ArrayList<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        String contentType = null;
        byte[] body = new byte[0];
        int budget = 1 + random.nextInt(3);

        for (JsonNode parameter : op.operation().path("parameters")) {
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            JsonNode schema = parameter.path("schema");
            switch (in) {
                case "path" -> {
                    if (budget > 0 && random.nextInt(3) == 0) {
                        budget--;
                        String junk = junkPathSegment();
                        mutations.add("path " + name + "=" + printable(junk));
                        pathValues.put(name, junk);
                    } else {
                        pathValues.put(name, encode(plausible(name, schema)));
                    }
                }
                case "query" -> {
                    if (budget > 0 && random.nextInt(4) == 0) {
                        budget--;
                        String junk = junkQueryValue(schema);
                        mutations.add("query " + name + "=" + printable(junk));
                        query.add(name + "=" + junk);
                    } else if (random.nextBoolean()) {
                        query.add(name + "=" + encode(plausible(name, schema)));
                    }
                }
                case "header" -> {
                    if (name.equals("If-Match")) {
                        headers.add("If-Match: "
                                + (budget > 0 && random.nextInt(3) == 0
                                        ? mutated(mutations, "If-Match", JUNK_IF_MATCH)
                                        : "\"" + (1 + random.nextInt(4)) + "\""));
                    } else if (name.equals("Idempotency-Key") && random.nextInt(3) == 0) {
                        headers.add("Idempotency-Key: "
                                + (budget > 0 && random.nextBoolean()
                                        ? mutated(mutations, "Idempotency-Key", JUNK_IDEMPOTENCY_KEY)
                                        : "fuzz-" + random.nextInt(50)));
                    }
                }
                default -> {}
            }
        }
        boolean bearer = op.operation().has("security");
        if (bearer || random.nextInt(8) == 0) {
            if (budget > 0 && random.nextInt(4) == 0) {
                budget--;
                headers.add("Authorization: " + mutated(mutations, "Authorization", JUNK_AUTHORIZATION));
            } else {
                headers.add("Authorization: Bearer " + pick(tokens));
            }
        }

        JsonNode content = op.operation().path("requestBody").path("content");
        if (content.has("application/json")) {
            contentType = "application/json";
            Object value = generate(resolve(content.get("application/json").get("schema")), 0);
            if (budget > 0 && random.nextInt(3) != 0) {
                budget--;
                body = mutateJson(value, mutations);
            } else {
                body = json(value).getBytes(StandardCharsets.UTF_8);
            }
        } else if (content.has("application/x-www-form-urlencoded")) {
            contentType = "application/x-www-form-urlencoded";
            Object value = generate(
                    resolve(content.get("application/x-www-form-urlencoded").get("schema")), 0);
            body = form(value, budget > 0 && random.nextInt(3) != 0 ? mutations : null);
        }
        if (contentType != null) {
            if (budget > 0 && random.nextInt(5) == 0) {
                budget--;
                String junk = pick(JUNK_CONTENT_TYPE);
                if (!junk.isEmpty()) {
                    headers.add("Content-Type: " + junk);
                }
                mutations.add("Content-Type=" + printable(junk));
            } else {
                headers.add("Content-Type: " + contentType + (random.nextBoolean() ? "; charset=utf-8" : ""));
            }
        }
        if (budget > 0 && random.nextInt(6) == 0) {
            String extra = pick(JUNK_HEADERS);
            mutations.add("header " + printable(extra));
            headers.add(extra);
        }

        String method = op.method();
        if (random.nextInt(40) == 0) {
            method = pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"));
            mutations.add("method " + method);
            if (method.equals("HEAD") || method.equals("TRACE")) {
                body = new byte[0];
            }
        }
        String path = op.path();
        for (Map.Entry<String, String> v : pathValues.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        if (random.nextInt(25) == 0) {
            String junk = pick(JUNK_QUERY_STRINGS);
            query.add(junk);
            mutations.add("query " + printable(junk));
        }
        if (random.nextInt(40) == 0) {
            String shaped = pick(List.of(
                    "/" + path,
                    path + "/",
                    path.toUpperCase(),
                    path.replace("/api/v1/", "/api/v1/./"),
                    path.replace("/api/v1/", "/api/v1/x/../"),
                    path + "%2F",
                    path + ";jsessionid=1",
                    "*",
                    "http://127.0.0.1" + path,
                    path.replace("/", "\\")));
            mutations.add("path shape " + printable(shaped));
            path = shaped;
        }
        if (random.nextInt(60) == 0) {
            method = method.toLowerCase();
            mutations.add("method " + method);
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        return new Case(
                op,
                new RawHttp.Request(
                        method, target.getBytes(StandardCharsets.ISO_8859_1), RawHttp.headers(headers), body),
                mutations);
    }

    // ---- plausible values

    private String plausible(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return pick(schema.get("enum")).asText();
        }
        return switch (name) {
            case "id", "service_request_id" -> caseIds.isEmpty() ? "YH20260330-000001" : pick(caseIds);
            case "code", "grid", "parent", "under", "address_id" ->
                pick(List.of("320599", "320599001", "320599001001", "320599001001001", "320599002001001"));
            case "department" -> pick(List.of("fire-brigade", "emergency", "traffic-police"));
            case "domain" -> pick(List.of("FIRE", "PRODUCTION", "TRAFFIC"));
            case "grade" -> pick(List.of("GENERAL", "MAJOR"));
            case "state", "status" -> pick(List.of("REPORTED", "REGISTERED", "open", "closed"));
            case "service_code" -> pick(List.of("fire", "production", "traffic"));
            case "lon", "long" -> "120.02";
            case "lat" -> "31.02";
            case "from", "start_date" -> "2026-03-01T00:00:00+08:00";
            case "to", "end_date", "asOf" -> "2026-04-01T00:00:00+08:00";
            case "limit" -> Integer.toString(1 + random.nextInt(100));
            case "overdue" -> random.nextBoolean() ? "true" : "false";
            case "api_key" -> pick(tokens);
            case "hazard" -> pick(List.of("2102", "1101", "21"));
            case "text" -> "消防";
            case "after" -> caseIds.isEmpty() ? "YH20260330-000001" : pick(caseIds);
            case "token" -> "t-" + random.nextInt(100);
            default -> schema.path("type").asText().equals("integer") ? "1" : "x";
        };
    }

    /** A value for {@code schema}, mostly valid; field names pick realistic strings. */
    private Object generate(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return pick(schema.get("enum")).isTextual()
                    ? pick(schema.get("enum")).asText()
                    : null;
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asText()
                : schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                schema.path("properties").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (required.contains(property.getKey()) || random.nextInt(3) == 0) {
                        object.put(property.getKey(), field(property.getKey(), property.getValue(), depth));
                    }
                }
                return object;
            }
            case "array" -> {
                List<Object> list = new ArrayList<>();
                int n = depth > 3 ? 0 : random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    list.add(generate(schema.path("items"), depth + 1));
                }
                return list;
            }
            case "integer" -> {
                return schema.has("minimum") ? schema.get("minimum").asLong() + random.nextInt(3) : random.nextInt(6);
            }
            case "number" -> {
                return 120 + random.nextDouble();
            }
            case "boolean" -> {
                return random.nextBoolean();
            }
            default -> {
                return "值" + random.nextInt(1000);
            }
        }
    }

    private Object field(String name, JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.path("type").asText().equals("string") && !resolved.has("enum")) {
            return switch (name) {
                case "grid", "address_id" -> pick(List.of("320599001001001", "320599002001001", "320599001"));
                case "hazard" -> pick(List.of("2102", "1101", "2201"));
                case "department" -> pick(List.of("fire-brigade", "emergency"));
                case "into", "caseId" -> caseIds.isEmpty() ? "YH20260330-000001" : pick(caseIds);
                case "service_code" -> pick(List.of("fire", "production"));
                case "api_key" -> pick(tokens);
                case "lat" -> "31.02";
                case "long" -> "120.02";
                case "deadline", "newDeadline", "at" -> "2026-04-30T17:00:00+08:00";
                default -> "隐患" + random.nextInt(1000);
            };
        }
        if (name.equals("lon")) {
            return 120.02;
        }
        if (name.equals("lat")) {
            return 31.02;
        }
        return generate(resolved, depth + 1);
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asText(); // #/components/schemas/Name
            schema = document.at(ref.substring(1));
        }
        return schema == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : schema;
    }

    // ---- mutations

    private byte[] mutateJson(Object value, List<String> mutations) {
        int kind = random.nextInt(16);
        @SuppressWarnings("unchecked")
        Map<String, Object> object = value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(object.keySet());
        String key = keys.isEmpty() ? "description" : pick(keys);
        switch (kind) {
            case 0 -> {
                object.remove(key);
                mutations.add("body without " + key);
            }
            case 1 -> {
                object.put("surprise" + random.nextInt(10), 1);
                mutations.add("body with an unknown field");
            }
            case 2 -> {
                Object wrong = pick(List.of(42, -1, 3.5e300, true, "text", List.of(1, 2), Map.of("a", 1), ""));
                object.put(key, wrong);
                mutations.add("body " + key + " of a wrong type: " + json(wrong));
            }
            case 3 -> {
                object.put(key, null);
                mutations.add("body " + key + "=null");
            }
            case 4 -> {
                int size = pick(List.of(201, 2_001, 5_000, 20_000, 30_000, 70_000, 300_000));
                object.put(key, (random.nextBoolean() ? "长" : "a").repeat(size));
                mutations.add("body " + key + " of " + size + " characters");
            }
            case 5 -> {
                int depth = pick(List.of(50, 1_500, 20_000));
                String nested = "[".repeat(depth) + "]".repeat(depth);
                String text = json(object);
                mutations.add("body " + key + " nested " + depth + " deep");
                return splice(text, key, nested);
            }
            case 6 -> {
                int depth = pick(List.of(200, 5_000));
                mutations.add("body objects nested " + depth + " deep");
                return ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                String number = pick(List.of(
                        "1e400",
                        "-1e400",
                        "123456789012345678901234567890",
                        "-0",
                        "1.0e-400",
                        "0x10",
                        "NaN",
                        "Infinity",
                        "01"));
                mutations.add("body " + key + "=" + number);
                return splice(json(object), key, number);
            }
            case 8 -> {
                mutations.add("body with broken UTF-8");
                byte[] text = json(object).getBytes(StandardCharsets.UTF_8);
                byte[] bad = pick(List.of(
                        new byte[] {(byte) 0xC3, 0x28},
                        new byte[] {(byte) 0xFF},
                        new byte[] {(byte) 0xE4, (byte) 0xB8},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xC0, (byte) 0xAF}));
                int at = text.length > 2 ? 1 + random.nextInt(text.length - 1) : 0;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(text, 0, at);
                out.writeBytes(bad);
                out.write(text, at, text.length - at);
                return out.toByteArray();
            }
            case 9 -> {
                String text = json(object);
                int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
                mutations.add("body cut at " + cut);
                return text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> {
                String junk = pick(List.of(
                        "",
                        " ",
                        "null",
                        "[]",
                        "\"x\"",
                        "42",
                        "<xml/>",
                        "{",
                        "}",
                        "{\"a\":1}{\"b\":2}",
                        "{'a':1}",
                        "\u0000"));
                mutations.add("body " + printable(junk));
                return junk.getBytes(StandardCharsets.UTF_8);
            }
            case 11 -> {
                mutations.add("body with a duplicate key " + key);
                String text = json(object);
                return (text.length() > 1 ? "{\"" + key + "\":1," + text.substring(1) : text)
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 12 -> {
                String control = pick(List.of("\\u0000", "\\ud800", "\\udfff\\ud800", "\\x41", "\\u12", "\u0001"));
                mutations.add("body " + key + " with escape " + printable(control));
                return splice(json(object), key, "\"a" + control + "b\"");
            }
            case 13 -> {
                List<Object> many = new ArrayList<>();
                String item = random.nextBoolean() ? "photo:" : "p".repeat(1_000);
                for (int i = 0, n = item.length() > 10 ? 40 : 5_000; i < n; i++) {
                    many.add(item + i);
                }
                object.put(pick(List.of("attachments", key)), many);
                mutations.add("body with an array of 5,000");
            }
            case 14 -> {
                mutations.add("body as an array of the object");
                return ("[" + json(object) + "]").getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                Map<String, Object> inner = new LinkedHashMap<>();
                inner.put("lon", pick(List.of("120", 1e308, -999, "NaN")));
                inner.put("lat", pick(List.of(true, 91, -91, List.of())));
                object.put(pick(List.of("location", key)), inner);
                mutations.add("body with a bad point");
            }
        }
        return json(object).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code text} (a JSON object) with {@code key}'s value replaced by raw JSON text. */
    private static byte[] splice(String text, String key, String raw) {
        String marker = "\"" + key + "\":";
        int at = text.indexOf(marker);
        String result;
        if (at < 0) {
            result = text.length() > 1 ? "{" + marker + raw + (text.equals("{}") ? "" : ",") + text.substring(1) : text;
        } else {
            int start = at + marker.length();
            int end = valueEnd(text, start);
            result = text.substring(0, start) + raw + text.substring(end);
        }
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static int valueEnd(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private byte[] form(Object value, List<String> mutations) {
        List<String> pairs = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                pairs.add(encode(e.getKey().toString()) + "=" + encode(String.valueOf(e.getValue())));
            }
        }
        if (mutations != null) {
            int kind = random.nextInt(6);
            switch (kind) {
                case 0 -> {
                    if (!pairs.isEmpty()) {
                        pairs.remove(random.nextInt(pairs.size()));
                    }
                    mutations.add("form without a field");
                }
                case 1 -> {
                    String junk = junkQueryValue(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
                    pairs.add(pick(List.of("lat", "long", "description", "service_code", "api_key", "media_url")) + "="
                            + junk);
                    mutations.add("form value " + printable(junk));
                }
                case 2 -> {
                    pairs.add("description=" + "%E9%95%BF".repeat(pick(List.of(2_001, 25_000))));
                    mutations.add("form with a long description");
                }
                case 3 -> {
                    pairs.add(pick(List.of("%", "=", "&", "a=%zz", "%E4%B8=1", "=%FF", "lat=1&lat=2")));
                    mutations.add("form with broken encoding");
                }
                case 4 -> {
                    mutations.add("form is JSON");
                    return json(value).getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    pairs.add("surprise=1");
                    mutations.add("form with an unknown field");
                }
            }
        }
        return String.join("&", pairs).getBytes(StandardCharsets.ISO_8859_1);
    }

    private String junkPathSegment() {
        return pick(List.<Supplier<String>>of(
                        () -> "%",
                        () -> "%zz",
                        () -> "%E4%B8",
                        () -> "%C0%AF",
                        () -> "%00",
                        () -> "%FF%FE",
                        () -> "%2F..%2F..",
                        () -> "..",
                        () -> "%2e%2e",
                        () -> "%20",
                        () -> "+",
                        () -> "%E7%BD%91%E6%A0%BC",
                        () -> "\u00e7\u00bd\u0091", // raw UTF-8 bytes of 网 in the request line
                        () -> "\u00ff",
                        () -> "a;b=c",
                        () -> "x".repeat(pick(List.of(300, 5_000, 20_000))),
                        () -> "YH20260330-" + "9".repeat(30),
                        () -> "320599001001001001001",
                        () -> "-1",
                        () -> "null",
                        () -> "%7B%7D",
                        () -> "a%0d%0aX-Injected:%201"))
                .get();
    }

    private String junkQueryValue(JsonNode schema) {
        String type = schema.path("type").asText("");
        List<String> typed = type.equals("integer")
                ? List.of("abc", "1e3", "-1", "0", "99999999999999999999", "0x10", "1.5", " 1", "")
                : type.equals("number")
                        ? List.of("NaN", "Infinity", "-Infinity", "1e999", ",", "120,5", "", "--1", "1e-999")
                        : List.of(
                                "2026-13-45",
                                "yesterday",
                                "FOO,,BAR",
                                ",",
                                "",
                                "true,false",
                                "\u00ff",
                                "2026-03-30T25:00:00Z");
        List<String> any = List.of(
                "%", "%zz", "%E4%B8", "%00", "%C3%28", "%FF", "a+b", "%2B%2B", "x".repeat(3_000), "%E6%B6%88%E9%98%B2");
        return random.nextBoolean() ? pick(typed) : pick(any);
    }

    private String mutated(List<String> mutations, String header, List<String> options) {
        String value = pick(options);
        mutations.add(header + "=" + printable(value));
        return value;
    }

    private static final List<String> JUNK_IF_MATCH = List.of(
            "",
            "*",
            "W/\"1\"",
            "\"a\"",
            "1",
            "\"1\", \"2\"",
            "\"-5\"",
            "\"99999999999999999999\"",
            "\"1",
            "\"\"",
            "\"1.0\"",
            "\u00ff\u00fe",
            "\"0\"");
    private static final List<String> JUNK_IDEMPOTENCY_KEY = List.of(
            "", " ", "k".repeat(300), "with space", "\u00e9t\u00e9", "\u00ff", "a\tb", "\"quoted\"", "k".repeat(255));
    private static final List<String> JUNK_AUTHORIZATION = List.of(
            "",
            "Bearer",
            "Bearer ",
            "Basic Zm9vOmJhcg==",
            "bearer token-unknown",
            "Bearer token-",
            "Bearer " + "t".repeat(6_000),
            "Bearer \u00ff\u00fe",
            "Bearer token-x token-y",
            "Digest username=\"x\"",
            "Bearer\ttoken",
            "Bearer %00");
    private static final List<String> JUNK_CONTENT_TYPE = List.of(
            "",
            "text/plain",
            "application/xml",
            "application/json; charset=latin1",
            "application/json; charset=\"",
            "application/json; charset=bogus-42",
            "multipart/form-data",
            "multipart/form-data; boundary=xyz",
            "application/x-www-form-urlencoded",
            "application/json",
            "*/*",
            ";",
            "\u00ff/\u00fe",
            "application/x-www-form-urlencoded; charset=bogus-42",
            "application/x-www-form-urlencoded; charset=\"",
            "application/x-www-form-urlencoded; charset=utf-16",
            "application/json; charset=utf-16",
            "text/plain; charset=\u00ff",
            "application/json, text/plain",
            "APPLICATION/JSON");
    private static final List<String> JUNK_HEADERS = List.of(
            "Content-Encoding: gzip",
            "Content-Encoding: deflate",
            "Accept: \u00ff",
            "Accept: application/xml",
            "Accept-Charset: bogus",
            "Expect: 100-continue",
            "Expect: something-else",
            "X-Junk: \u0080\u0081\u00ff",
            "If-None-Match: *",
            "Range: bytes=0-1",
            "X-Forwarded-For: ::::",
            "Cookie: a=%zz",
            "X-Long: " + "h".repeat(10_000),
            "Accept: text/csv;q=abc",
            "Accept: text/csv;q=NaN",
            "Accept: text/csv;q=1e999, application/json;q=-1",
            "Accept: text/csv",
            "Accept: ;;;,,,q=",
            "Accept: text/csv;q=0.5, application/json;q=0.4",
            "Authorization: Bearer token-cc-district",
            "If-Match: \"1\"",
            "Content-Length: 0",
            "Idempotency-Key: dup",
            "Host: other.example",
            "Content-Type: application/json",
            "Accept-Encoding: gzip;q=abc",
            "X-HTTP-Method-Override: DELETE",
            ": no-name",
            "No-Colon",
            "Bad Name: x");
    private static final List<String> JUNK_QUERY_STRINGS = List.of(
            "&&&",
            "=",
            "%=%",
            "a=%",
            "%zz=1",
            "limit=1&limit=2",
            "\u00ff=1",
            "x=" + "%41".repeat(3_000),
            "a[b]=c",
            "#frag");

    // ---- small helpers

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (out.length() > 80) {
                return out + "...(" + text.length() + " chars)";
            }
            out.append(c < 32 || (c > 126 && c < 256) ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
