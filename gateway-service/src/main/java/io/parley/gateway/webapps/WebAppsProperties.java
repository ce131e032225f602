package io.parley.gateway.webapps;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code parley.webapps.*}: the built folders of the widget and the dashboard (empty: not served). */
@ConfigurationProperties("parley.webapps")
record WebAppsProperties(String widgetDir, String dashboardDir) {}
