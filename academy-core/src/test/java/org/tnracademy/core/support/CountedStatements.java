package org.tnracademy.core.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends, JPA and plain JDBC alike: the data source is
 * wrapped so that every prepared statement, and every execution of a plain one, adds one. A test
 * that imports {@link Config} can then say how many statements a page's service call needs.
 */
public final class CountedStatements {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private CountedStatements() {
    }

    /** The statements this thread sent while {@code work} ran. */
    public static long during(Runnable work) {
        long before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
                }
            };
        }
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            Object result = invoke(method, target, args);
            String m = method.getName();
            if (result instanceof Connection c && m.equals("getConnection")) {
                return proxy(Connection.class, c);
            }
            if (target instanceof Connection && (m.equals("prepareStatement") || m.equals("prepareCall"))) {
                COUNT.get()[0]++;
            } else if (target instanceof Connection && m.equals("createStatement")) {
                return proxy(Statement.class, (Statement) result);
            } else if (target instanceof Statement && m.startsWith("execute")) {
                COUNT.get()[0]++;
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(CountedStatements.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
