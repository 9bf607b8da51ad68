package io.reanimator.logbundle.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.reanimator.logbundle.BundleRejectedException;

/** A stream that charges every byte read to the archive's {@link ExpansionBudget} (none when it is null). */
final class BudgetedInputStream extends FilterInputStream {

    private final ExpansionBudget budget;

    BudgetedInputStream(InputStream in, ExpansionBudget budget) {
        super(in);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            charge(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            charge(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping must be charged too, or a handler that skips would let a bomb through uncounted.
        int skipped = read(new byte[(int) Math.min(Math.max(n, 0), 8192)]);
        return Math.max(skipped, 0);
    }

    void drain() throws IOException {
        byte[] sink = new byte[64 * 1024];
        while (read(sink, 0, sink.length) >= 0) {
            // counted in read
        }
    }

    private void charge(long n) throws IOException {
        if (budget == null) {
            return;
        }
        try {
            budget.countBytes(n);
        } catch (BundleRejectedException e) {
            throw new LimitExceededException(e);
        }
    }

    /** Carries a limit breach through InputStream's IOException-only signature. */
    static final class LimitExceededException extends IOException {
        private final BundleRejectedException rejection;

        LimitExceededException(BundleRejectedException rejection) {
            super(rejection.getMessage());
            this.rejection = rejection;
        }

        BundleRejectedException rejection() {
            return rejection;
        }
    }
}
