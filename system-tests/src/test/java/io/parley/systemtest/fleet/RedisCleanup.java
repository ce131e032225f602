package io.parley.systemtest.fleet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes every Redis key of the run ({@code <prefix>*}) with SCAN and DEL, spoken in plain RESP so that the
 * module needs no Redis client library.
 */
final class RedisCleanup {
    private final InputStream in;
    private final OutputStream out;

    private RedisCleanup(Socket socket) throws IOException {
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Returns how many keys were deleted. */
    static int deleteKeys(Infrastructure servers, String prefix) throws IOException {
        try (Socket socket = new Socket(servers.redisHost(), servers.redisPort())) {
            socket.setSoTimeout(5000);
            RedisCleanup redis = new RedisCleanup(socket);
            int deleted = 0;
            String cursor = "0";
            do {
                List<?> reply = (List<?>) redis.call("SCAN", cursor, "MATCH", prefix + "*", "COUNT", "500");
                cursor = (String) reply.get(0);
                List<?> keys = (List<?>) reply.get(1);
                if (!keys.isEmpty()) {
                    List<String> command = new ArrayList<>(List.of("DEL"));
                    keys.forEach(key -> command.add((String) key));
                    deleted += ((Long) redis.call(command.toArray(String[]::new))).intValue();
                }
            } while (!cursor.equals("0"));
            return deleted;
        }
    }

    private Object call(String... args) throws IOException {
        StringBuilder command = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            int length = arg.getBytes(StandardCharsets.UTF_8).length;
            command.append('$').append(length).append("\r\n").append(arg).append("\r\n");
        }
        out.write(command.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return read();
    }

    private Object read() throws IOException {
        int type = in.read();
        String line = readLine();
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IOException("Redis: " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(length + 2);
                yield new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int count = Integer.parseInt(line);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(read());
                }
                yield items;
            }
            default -> throw new IOException("unexpected Redis reply type " + type);
        };
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) {
                throw new IOException("Redis closed the connection");
            }
            line.append((char) c);
        }
        in.read(); // '\n'
        return line.toString();
    }
}
