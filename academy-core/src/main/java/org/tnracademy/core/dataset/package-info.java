/** Synthetic datasets: stored once, served to grids page by page. */
package org.tnracademy.core.dataset;
