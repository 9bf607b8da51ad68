package io.reanimator.deriver.support;

import io.reanimator.deriver.presence.LogRecord;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.SignalVerdict;
import io.reanimator.deriver.presence.Snapshot;
import io.reanimator.deriver.presence.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random true history of a small fleet, day by day: parts move between assets and slots, leave and come back,
 * get firmware updates, degrade and fail; assets get BIOS updates; DIMMs log uncorrectable ECC. Rendered as the
 * snapshots that bundles taken on random days would show (SEL entries repeat in every later bundle).
 */
public final class TrueHistory {

    private static final String[] ASSETS = {"srv-0", "srv-1", "srv-2"};
    private static final String[] SLOTS = {"S0", "S1", "S2"};

    private TrueHistory() {
    }

    private record Place(String asset, String slot) {
    }

    public static List<Snapshot> render(long seed, int days, int parts) {
        Random random = new Random(seed);
        Map<String, Place> where = new HashMap<>();
        Map<String, Integer> firmware = new HashMap<>();
        Map<String, Verdict> health = new HashMap<>();
        Map<String, Integer> bios = new HashMap<>();
        Map<String, List<LogRecord>> sel = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            keys.add("vendor|P" + i);
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            for (String key : keys) {
                evolve(random, key, where, firmware, health);
            }
            for (String asset : ASSETS) {
                bios.merge(asset, random.nextInt(6) == 0 ? 1 : 0, Integer::sum);
                maybeEcc(random, day, asset, where, sel);
                if (random.nextInt(3) != 0) {
                    snapshots.add(snapshot(asset, day, where, firmware, health, bios, sel, random));
                }
            }
        }
        return snapshots;
    }

    private static void evolve(Random random, String key, Map<String, Place> where, Map<String, Integer> firmware,
            Map<String, Verdict> health) {
        int roll = random.nextInt(10);
        if (roll < 3 || (where.get(key) == null && roll < 6)) {
            Place target = new Place(ASSETS[random.nextInt(ASSETS.length)], SLOTS[random.nextInt(SLOTS.length)]);
            boolean taken = where.entrySet().stream().anyMatch(e -> !e.getKey().equals(key)
                    && target.equals(e.getValue()));
            where.put(key, taken || random.nextInt(5) == 0 ? null : target);
        }
        if (random.nextInt(5) == 0) {
            firmware.merge(key, 1, Integer::sum);
        }
        if (random.nextInt(4) == 0) {
            health.put(key, Verdict.values()[random.nextInt(Verdict.values().length)]);
        }
    }

    private static void maybeEcc(Random random, int day, String asset, Map<String, Place> where,
            Map<String, List<LogRecord>> sel) {
        if (random.nextInt(8) != 0) {
            return;
        }
        String slot = SLOTS[random.nextInt(SLOTS.length)];
        boolean occupied = where.values().stream().anyMatch(p -> p != null && p.equals(new Place(asset, slot)));
        if (occupied) {
            long at = Snap.day(day) - Snap.DAY / 2;
            sel.computeIfAbsent(asset, a -> new ArrayList<>())
                    .add(new LogRecord("ecc-" + asset + "-" + day, at, "ipmi-sel", "Uncorrectable ECC", slot));
        }
    }

    private static Snapshot snapshot(String asset, int day, Map<String, Place> where, Map<String, Integer> firmware,
            Map<String, Verdict> health, Map<String, Integer> bios, Map<String, List<LogRecord>> sel,
            Random random) {
        List<PartState> present = new ArrayList<>();
        where.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().asset().equals(asset))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    String key = e.getKey();
                    String fw = random.nextInt(6) == 0 ? null : "fw" + firmware.getOrDefault(key, 0);
                    Verdict verdict = health.getOrDefault(key, Verdict.OK);
                    present.add(new PartState(key, true, "DIMM", e.getValue().slot(), fw,
                            List.of(new SignalVerdict("SMART", verdict, "smart " + verdict, Map.of()))));
                });
        return new Snapshot(asset, asset + "-day" + day, Snap.day(day), "bios" + bios.getOrDefault(asset, 0),
                null, null, present, List.copyOf(sel.getOrDefault(asset, List.of())));
    }
}
