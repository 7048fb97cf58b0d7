package dev.priceflow.forecast.history.adapter.web;

import dev.priceflow.forecast.history.application.ImportSales;

/** An import file with bad lines; nothing of it was written. */
class InvalidImportException extends RuntimeException {

    final transient ImportSales.Outcome.Rejected rejected;

    InvalidImportException(ImportSales.Outcome.Rejected rejected) {
        super("invalid import: " + rejected.totalErrors() + " bad lines", null, false, false);
        this.rejected = rejected;
    }
}
