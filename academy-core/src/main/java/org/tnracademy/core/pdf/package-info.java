/** Text in the academy's PDFs (certificates, transcripts): embedded fonts for every script a name may use, right-to-left runs shaped. */
package org.tnracademy.core.pdf;
