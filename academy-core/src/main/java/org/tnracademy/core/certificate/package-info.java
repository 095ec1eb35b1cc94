/** Certificates of completion: issued at the pass mark, verified publicly by id, revoked by administrators. */
package org.tnracademy.core.certificate;
