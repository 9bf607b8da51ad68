package io.reanimator.gateway.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body of a batch, counted as it is read: crossing the byte limit stops the batch (chunked uploads
 * carry no length to refuse early), and a failing read (the client went away) is reported as a broken batch body
 * rather than a storage fault.
 */
final class BatchBody extends FilterInputStream {

    private final long maxBytes;
    private long count;

    BatchBody(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            throw new BatchReadException("the request body could not be read to its end: " + e.getMessage(), e);
        }
        if (n > 0) {
            count += n;
            if (count > maxBytes) {
                throw new BatchReadException("the batch is larger than " + maxBytes + " bytes", true);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 64 * 1024)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }
}
