/** Learner progress: lessons read, standing per exercise. */
package org.tnracademy.core.progress;
