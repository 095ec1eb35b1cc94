/** Small helpers every feature of the core may use: JSON columns and localised text. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tnracademy.core.support;
