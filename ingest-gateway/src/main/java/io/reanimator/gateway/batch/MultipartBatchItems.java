package io.reanimator.gateway.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A streaming reader of {@code multipart/form-data} (RFC 7578 over RFC 2046 framing): each part becomes an item whose
 * content ends at the next delimiter. Memory is one fixed buffer; part bodies are never held. Parts' own
 * {@code Content-Type} is ignored (bundles are recognized by content); a part's name is its filename, else its field
 * name.
 */
public final class MultipartBatchItems implements BatchItems {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private boolean finished;
    private PartStream current;

    /** @param boundary the {@code boundary} parameter of the request's content type */
    public MultipartBatchItems(InputStream in, String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new IllegalArgumentException("a multipart boundary has 1 to 70 characters");
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        // The first delimiter may open the body without a preceding CRLF: read as if one were there.
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    @Override
    public BatchItem next() throws IOException {
        if (finished) {
            return null;
        }
        if (current != null) {
            current.skipRest();
        } else if (!started) {
            skipPreamble();
        }
        started = true;
        if (!ensure(2)) {
            throw malformed("the body ends right after a boundary");
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return null;
        }
        skipTransportPadding();
        String disposition = readHeaders();
        current = new PartStream();
        return new BatchItem(partName(disposition), current, null);
    }

    private void skipPreamble() throws IOException {
        while (true) {
            int at = indexOfDelimiter();
            if (at >= 0) {
                pos = at + delimiter.length;
                return;
            }
            pos = Math.max(pos, limit - delimiter.length + 1);
            if (!fill()) {
                throw malformed("no boundary found: the body is not multipart with the declared boundary");
            }
        }
    }

    private void skipTransportPadding() throws IOException {
        while (ensure(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
            pos++;
        }
        if (!ensure(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
            throw malformed("a boundary line is not followed by CRLF");
        }
        pos += 2;
    }

    /** Reads a part's header block and returns its Content-Disposition value (or an empty string). */
    private String readHeaders() throws IOException {
        String disposition = "";
        int total = 0;
        while (true) {
            String line = readLine();
            total += line.length() + 2;
            if (total > MAX_HEADER_BYTES) {
                throw malformed("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (line.isEmpty()) {
                return disposition;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-disposition")) {
                disposition = line.substring(colon + 1).trim();
            }
        }
    }

    private String readLine() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i + 1 < limit; i++) {
                if (buf[i] == '\r' && buf[i + 1] == '\n') {
                    String line = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
                    pos = i + 2;
                    return line;
                }
            }
            if (limit - pos >= MAX_HEADER_BYTES) {
                throw malformed("a part header line is longer than " + MAX_HEADER_BYTES + " bytes");
            }
            scanned = Math.max(0, limit - pos - 1);
            if (!fill()) {
                throw malformed("the body ends inside a part's headers");
            }
        }
    }

    static String partName(String disposition) {
        Matcher file = FILENAME.matcher(disposition);
        if (file.find()) {
            return file.group(2) != null ? file.group(2) : file.group(1);
        }
        Matcher name = NAME.matcher(disposition);
        if (name.find()) {
            return name.group(2) != null ? name.group(2) : name.group(1);
        }
        return null;
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        int last = limit - delimiter.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Makes at least {@code n} unread bytes available; false when the body ends first. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Moves unread bytes to the front and reads more; false at the end of the body. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private static BatchReadException malformed(String message) {
        return new BatchReadException("malformed multipart body: " + message, false);
    }

    /** The body of the current part: ends at the next delimiter, which it consumes. */
    private final class PartStream extends InputStream {

        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (ended) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            while (true) {
                int at = indexOfDelimiter();
                int available = at >= 0 ? at - pos : limit - pos - (delimiter.length - 1);
                if (at == pos) {
                    pos += delimiter.length;
                    ended = true;
                    return -1;
                }
                if (available > 0) {
                    int n = Math.min(len, available);
                    System.arraycopy(buf, pos, b, off, n);
                    pos += n;
                    return n;
                }
                if (!fill()) {
                    throw malformed("the body ends inside a part, before the closing boundary");
                }
            }
        }

        void skipRest() throws IOException {
            byte[] scratch = new byte[BUFFER];
            while (read(scratch, 0, scratch.length) >= 0) {
                // discard what the consumer left unread
            }
        }
    }
}
