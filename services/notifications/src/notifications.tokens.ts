/** The service's parsed configuration, for providers that need its settings. */
export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');
