package io.parley.user.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The service's web configuration for controller slice tests in other packages. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, ProblemHandler.class})
public class WebTestImports {}
