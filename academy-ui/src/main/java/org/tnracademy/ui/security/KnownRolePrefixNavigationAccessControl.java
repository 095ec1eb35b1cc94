package org.tnracademy.ui.security;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

/**
 * Vaadin's navigation guard, checking roles without looking up the role prefix on every navigation
 * once it is known. Vaadin's own ({@code SecurityUtil.getRolesChecker}) asks its {@code Lookup} for
 * the {@link VaadinRolePrefixHolder} each time, only to set the prefix the first time; that lookup
 * scans every jar's service files through the web application's class loader, about 1.5% of a
 * node's CPU under load (docs/benchmarks.md). Once the holder is set, the roles checker it returns
 * is the request's own {@code isUserInRole}, which is what this returns without the lookup. The
 * first navigations, and a request over the push socket (whose roles come from the push's
 * authentication), still go through Vaadin's code.
 */
final class KnownRolePrefixNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    KnownRolePrefixNavigationAccessControl(List<NavigationAccessChecker> checkers,
                                           AccessCheckDecisionResolver decisionResolver,
                                           VaadinRolePrefixHolder rolePrefix) {
        super(checkers, decisionResolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request != null && rolePrefix.isSet() && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return request::isUserInRole;
        }
        return super.getRolesChecker(request);
    }
}
