package org.tnracademy.ui.api;

/** A resource the API was asked for that does not exist; answered with 404. */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String message) {
        super(message);
    }
}
