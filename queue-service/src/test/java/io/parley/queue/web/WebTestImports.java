package io.parley.queue.web;

import org.springframework.context.annotation.Import;

/** For slice tests in other packages: the real security chain. */
@Import(SecurityConfig.class)
public class WebTestImports {}
