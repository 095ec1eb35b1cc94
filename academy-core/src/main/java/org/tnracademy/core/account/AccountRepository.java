package org.tnracademy.core.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByExternalIssuerAndExternalSubject(String externalIssuer, String externalSubject);

    List<Account> findByUsernameIn(java.util.Collection<String> usernames);

    @Query("select a from Account a join a.roles r where r = :role order by a.displayName, a.id")
    List<Account> findByRole(Role role, Pageable page);

    @Query("select count(a) from Account a join a.roles r where r = :role")
    long countByRole(Role role);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.enabled = true")
    long countEnabledByRole(Role role);
}
