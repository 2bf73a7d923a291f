package org.dutyledger.integration.imports;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The import kinds the capabilities offer, discovered as beans and listed in their order. */
@Singleton
public class ImportKinds {

    private final List<ImportKind> all;

    @Inject
    public ImportKinds(Instance<ImportKind> discovered) {
        List<ImportKind> kinds = new ArrayList<>();
        discovered.forEach(kinds::add);
        kinds.sort(Comparator.comparingInt(ImportKind::order).thenComparing(ImportKind::key));
        for (int i = 1; i < kinds.size(); i++) {
            if (kinds.get(i).key().equals(kinds.get(i - 1).key())) {
                throw new IllegalStateException("two import kinds with the key " + kinds.get(i).key());
            }
        }
        this.all = List.copyOf(kinds);
    }

    public List<ImportKind> all() {
        return all;
    }

    /** The kind named exactly by a path or query value ({@code duty-assignments}), or null. */
    public ImportKind of(String key) {
        for (ImportKind k : all) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** The kind a request names; 400 naming the parameter when there is none. */
    public ImportKind require(String parameter, String key) {
        ImportKind k = of(key);
        if (k == null) {
            throw ProblemException.badRequest(parameter, FieldCode.NOT_ONE_OF, Map.of("allowed", String.join(", ", all.stream().map(ImportKind::key).toList())));
        }
        return k;
    }
}
