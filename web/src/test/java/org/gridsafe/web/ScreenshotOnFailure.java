package org.gridsafe.web;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a test the run's {@link Browser}, and keeps a screenshot of what the browser showed when a
 * test failed: {@code target/screenshots/FAILED-Class-method.png}, never overwritten by a later
 * passing test.
 */
final class ScreenshotOnFailure implements BeforeAllCallback, ParameterResolver, TestWatcher {

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.get(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return Browser.get(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        try {
            Browser.get(context).screenshot(name);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        testFailed(context, Optional.ofNullable(cause).orElseGet(AssertionError::new));
    }
}
