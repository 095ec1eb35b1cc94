package org.tnracademy.core.certificate;

/** Whether a certificate still stands: valid, or revoked by an administrator. */
public enum CertificateStatus { VALID, REVOKED }
