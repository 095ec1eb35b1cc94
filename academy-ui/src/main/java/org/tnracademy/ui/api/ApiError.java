package org.tnracademy.ui.api;

/** What the API answers instead of data: a machine-readable code and a sentence naming what is wrong. */
record ApiError(int status, String error, String message) {
}
