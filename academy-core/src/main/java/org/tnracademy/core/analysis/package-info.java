/** What a cohort's results say: item analysis, competency by form of TNR, score distribution, completion. */
package org.tnracademy.core.analysis;
