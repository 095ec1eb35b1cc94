/**
 * How learners may attempt an exercise and which attempts make their standing: the attempt and
 * scoring policies an exercise carries, whether it came from a pack or from the studio.
 */
package org.tnracademy.core.policy;
