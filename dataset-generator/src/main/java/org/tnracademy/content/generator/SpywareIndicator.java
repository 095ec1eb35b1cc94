package org.tnracademy.content.generator;

/** A STIX 2.1 indicator of the device-log exercises: an invented spyware family and its pattern. */
public record SpywareIndicator(String id, String name, String description, String pattern) {
}
