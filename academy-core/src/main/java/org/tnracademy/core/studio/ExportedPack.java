package org.tnracademy.core.studio;

/** A course exported as a pack zip, with the file name to offer for download. */
public record ExportedPack(String fileName, byte[] zip) {
}
