package org.dutyledger.person;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.dutyledger.common.ProblemException;

import java.util.List;

@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    public Person require(long id) {
        Person person = findById(id);
        if (person == null) {
            throw ProblemException.notFound("Person", id);
        }
        return person;
    }

    /** Loads the person locked for the rest of the transaction, so a concurrent writer waits and then sees the new version. */
    public Person requireLocked(long id) {
        Person person = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw ProblemException.notFound("Person", id);
        }
        return person;
    }

    public List<Membership> memberships(long personId) {
        return getEntityManager().createQuery(
                        "from Membership where personId = ?1 order by isPrimary desc, id", Membership.class)
                .setParameter(1, personId).getResultList();
    }

    public void deleteMemberships(long personId) {
        getEntityManager().createQuery("delete from Membership where personId = ?1")
                .setParameter(1, personId).executeUpdate();
    }
}
