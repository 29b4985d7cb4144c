/**
 * Shared kernel, kept deliberately tiny: the versioned base entity and small value types
 * every module may use. Nothing in here knows about a feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.siapel.shared;
