package org.gridsafe.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, byte for byte: what {@code HttpClient} refuses to send (broken
 * percent-encoding, raw non-ASCII in the request line, invalid header bytes) goes out as given.
 * One request per connection ({@code Connection: close}); the answer is read to the end.
 */
final class RawHttp {

    /** A request: method, the request target as raw bytes, header lines as raw bytes, body. */
    record Request(String method, byte[] target, List<byte[]> headers, byte[] body) {

        /** The request as it goes on the wire (Host, Connection and Content-Length added). */
        byte[] bytes(int port) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(method.getBytes(StandardCharsets.US_ASCII));
            out.write(' ');
            out.writeBytes(target);
            out.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            line(out, "Host: 127.0.0.1:" + port);
            line(out, "Connection: close");
            for (byte[] header : headers) {
                out.writeBytes(header);
                out.writeBytes(CRLF);
            }
            if (body.length > 0 || method.equals("POST")) {
                line(out, "Content-Length: " + body.length);
            }
            out.writeBytes(CRLF);
            out.writeBytes(body);
            return out.toByteArray();
        }

        /** The request for a failure message: printable, long parts cut. */
        String describe(int port) {
            byte[] bytes = bytes(port);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < bytes.length && text.length() < 1500; i++) {
                int b = bytes[i] & 0xff;
                if (b == '\n') {
                    text.append("\\n\n    ");
                } else if (b == '\r') {
                    text.append("\\r");
                } else if (b < 32 || b > 126) {
                    text.append(String.format("\\x%02x", b));
                } else {
                    text.append((char) b);
                }
            }
            if (text.length() >= 1500) {
                text.append("... (").append(bytes.length).append(" bytes)");
            }
            return text.toString();
        }

        private static void line(ByteArrayOutputStream out, String text) {
            out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(CRLF);
        }
    }

    /**
     * The server's answer: status ({@code -1} if none came), the head and body as text, or why
     * there was no answer.
     */
    record Response(int status, String head, String body, String failure, String connection) {
        Response(int status, String head, String body, String failure) {
            this(status, head, body, failure, "");
        }

        Response on(String connection) {
            return new Response(status, head, body, failure, connection);
        }

        boolean answered() {
            return status > 0;
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private final int port;
    private final int timeoutMillis;

    RawHttp(int port, int timeoutMillis) {
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    Response send(Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            String writeFailure = null;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.bytes(port));
                out.flush();
            } catch (IOException e) {
                // The server may answer (413, 400) and close before it read everything: read on.
                writeFailure = e.toString();
            }
            byte[] answer = readAll(socket.getInputStream());
            // Which connection answered, so that a strange answer can be told apart from a socket that
            // connected to itself (local port = server port) or to another listener.
            return parse(answer, writeFailure)
                    .on("127.0.0.1:" + socket.getLocalPort() + " -> 127.0.0.1:" + socket.getPort() + ", "
                            + answer.length + " bytes");
        } catch (SocketTimeoutException e) {
            return new Response(-1, "", "", "no answer within " + timeoutMillis + " ms");
        } catch (IOException e) {
            return new Response(-1, "", "", e.toString());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (out.size() == 0) {
                throw e;
            }
            // A reset after a complete answer (the server closed with unread request bytes) is an answer.
        }
        return out.toByteArray();
    }

    private static Response parse(byte[] answer, String writeFailure) {
        String text = new String(answer, StandardCharsets.UTF_8);
        // Interim answers (100 Continue) come before the final one.
        while (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
            text = text.substring(text.indexOf("\r\n\r\n") + 4);
        }
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        if (!head.startsWith("HTTP/1.1 ") || head.length() < 12) {
            String why = answer.length == 0 ? "connection closed without an answer" : "not an HTTP answer";
            return new Response(-1, head, body, why + (writeFailure == null ? "" : " (" + writeFailure + ")"));
        }
        try {
            return new Response(Integer.parseInt(head.substring(9, 12)), head, body, null);
        } catch (NumberFormatException e) {
            return new Response(-1, head, body, "unreadable status line");
        }
    }

    /** Header lines as raw bytes, from text (ISO-8859-1, so {@code \u0080..\u00ff} become single bytes). */
    static List<byte[]> headers(List<String> lines) {
        List<byte[]> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.getBytes(StandardCharsets.ISO_8859_1));
        }
        return result;
    }
}
