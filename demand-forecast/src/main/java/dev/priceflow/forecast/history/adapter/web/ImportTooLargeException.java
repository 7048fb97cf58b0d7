package dev.priceflow.forecast.history.adapter.web;

/** The import body is larger than {@code priceflow.forecast.history.max-import-size}. */
class ImportTooLargeException extends RuntimeException {

    final long maxBytes;

    ImportTooLargeException(long maxBytes) {
        super("import larger than " + maxBytes + " bytes", null, false, false);
        this.maxBytes = maxBytes;
    }
}
