package org.gridsafe.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridsafe.Patrols;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.patrol.AcceptanceResult;
import org.gridsafe.patrol.GridShortfall;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolFrequency;
import org.gridsafe.patrol.PlanProposal;
import org.gridsafe.patrol.PlanRequest;
import org.gridsafe.patrol.PlannedVisits;
import org.gridsafe.patrol.ProposalAcceptance;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.patrol.TrackPoint;
import org.gridsafe.patrol.TrackPurge;
import org.gridsafe.patrol.TrackUpload;

/**
 * {@code /api/v1/patrol-proposals} (planning for a short-staffed grid subtree) and {@code
 * /api/v1/patrol-tracks} (track points, online time and mileage) over HTTP.
 */
final class TrackAndPlanningRoutes {

    private final Patrols patrols;
    private final Json json;

    TrackAndPlanningRoutes(Patrols patrols, Json json) {
        this.patrols = patrols;
        this.json = json;
    }

    record CapacityBody(String grid, Integer visits, Integer staffDays) {}

    record CapBody(String entity, Integer visits) {}

    record ProposalBody(
            String grid,
            String period,
            String day,
            List<CapacityBody> capacity,
            List<CapBody> caps,
            Map<String, Integer> riskFloors,
            Map<String, Integer> riskTargets) {}

    record AcceptanceBody(
            String grid,
            String period,
            String day,
            List<CapacityBody> capacity,
            List<CapBody> caps,
            Map<String, Integer> riskFloors,
            Map<String, Integer> riskTargets,
            String checklist,
            String patrolRole,
            String fingerprint) {

        ProposalBody proposal() {
            return new ProposalBody(grid, period, day, capacity, caps, riskFloors, riskTargets);
        }
    }

    record TrackPointBody(String time, Double lon, Double lat, Double accuracyMeters) {}

    record TrackBody(List<TrackPointBody> points) {}

    // ---- planning

    Reply propose(Exchange ex) {
        ProposalBody b = json.read(ex.body(), ProposalBody.class);
        Fields f = new Fields();
        PlanRequest request = request(f, b);
        f.check("plan proposal");
        PlanProposal p = patrols.propose(ex.actor(), request);
        return reply(200, view(p));
    }

    /**
     * Accepts the proposal of the same body: 201 with the occurrences scheduled, 200 when the same proposal
     * was accepted before (nothing is scheduled twice).
     */
    Reply accept(Exchange ex) {
        AcceptanceBody b = json.read(ex.body(), AcceptanceBody.class);
        Fields f = new Fields();
        PlanRequest request = request(f, b.proposal());
        Optional<ChecklistRef> checklist = f.parse("checklist", b.checklist(), ChecklistRef::parse);
        Optional<GridRole> role = f.enumValue("patrolRole", b.patrolRole(), GridRole.class);
        if (b.fingerprint() != null && !b.fingerprint().matches("[0-9a-f]{64}")) {
            f.fail("fingerprint", "must be the 64 hex digits a proposal answered");
        }
        f.check("plan proposal acceptance");
        AcceptanceResult r = patrols.accept(
                ex.actor(),
                request,
                checklist,
                role.orElse(GridRole.SAFETY_OFFICER),
                Optional.ofNullable(b.fingerprint()));
        Map<String, Object> v = acceptanceView(r.acceptance());
        v.put("created", r.created().stream().map(OccurrenceId::value).toList());
        v.put("existing", r.existing().stream().map(OccurrenceId::value).toList());
        v.put("unassigned", r.unassigned().stream().map(e -> e.value()).toList());
        v.put("proposal", view(r.proposal()));
        return reply(r.first() ? 201 : 200, v)
                .withHeader(
                        "Location",
                        "/api/v1/patrol-acceptances/" + r.acceptance().id());
    }

    Reply acceptance(Exchange ex) {
        String id = ex.pathParam("id");
        if (!id.matches("[A-Za-z0-9._-]{1,55}")) {
            Fields f = new Fields();
            f.fail("id", "must be 1-55 letters, digits, '.', '-' or '_'");
            f.check("plan proposal acceptance");
        }
        return reply(200, acceptanceView(patrols.acceptance(ex.actor(), id)));
    }

    private static Map<String, Object> acceptanceView(ProposalAcceptance a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", a.id());
        v.put("grid", a.request().grid().value());
        v.put("periodKind", a.request().period().name());
        v.put("day", a.request().day().toString());
        List<Object> capacity = new ArrayList<>();
        a.request().capacity().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(GridCode::value)))
                .forEach(e -> capacity.add(Map.of("grid", e.getKey().value(), "visits", e.getValue())));
        v.put("capacity", capacity);
        List<Object> caps = new ArrayList<>();
        new TreeMap<>(a.request().caps()).forEach((k, n) -> caps.add(Map.of("entity", k, "visits", n)));
        v.put("caps", caps);
        v.put("riskFloors", new TreeMap<>(names(a.request().riskFloors())));
        v.put("riskTargets", new TreeMap<>(names(a.request().riskTargets())));
        v.put("checklist", a.checklist().map(ChecklistRef::toString).orElse(null));
        v.put("patrolRole", a.patrolRole().name());
        v.put("fingerprint", a.fingerprint());
        v.put("acceptedBy", a.acceptedBy());
        v.put("acceptedAt", a.acceptedAt().toString());
        v.put("plan", a.planId().value());
        v.put("occurrences", a.occurrences().stream().map(OccurrenceId::value).toList());
        return v;
    }

    private static Map<String, Integer> names(Map<RiskLevel, Integer> values) {
        Map<String, Integer> out = new TreeMap<>();
        values.forEach((k, n) -> out.put(k.name(), n));
        return out;
    }

    private PlanRequest request(Fields f, ProposalBody b) {
        Optional<GridCode> grid = f.parse("grid", b.grid(), GridCode::parse);
        f.required("grid", grid, b.grid());
        Optional<PatrolFrequency> period = f.enumValue("period", b.period(), PatrolFrequency.class);
        f.required("period", period, b.period());
        Optional<LocalDate> day = f.date("day", b.day());
        f.required("day", day, b.day());
        Map<GridCode, Integer> capacity = new TreeMap<>(java.util.Comparator.comparing(GridCode::value));
        if (b.capacity() == null || b.capacity().isEmpty()) {
            f.fail("capacity", "is required: at least one grid with its visits or staff-days");
        } else {
            for (int i = 0; i < b.capacity().size(); i++) {
                CapacityBody c = b.capacity().get(i);
                String field = "capacity[" + i + "]";
                if (c == null) {
                    f.fail(field, "must be an object");
                    continue;
                }
                Optional<GridCode> g = f.parse(field + ".grid", c.grid(), GridCode::parse);
                f.required(field + ".grid", g, c.grid());
                if ((c.visits() == null) == (c.staffDays() == null)) {
                    f.fail(field, "gives either visits or staffDays");
                    continue;
                }
                int n = c.visits() != null ? c.visits() : c.staffDays();
                if (n < 0 || n > 1_000_000) {
                    f.fail(field + (c.visits() != null ? ".visits" : ".staffDays"), "must be 0 to 1000000");
                    continue;
                }
                int visits = c.visits() != null ? n : patrols.planningRules().visitsOf(n);
                if (g.isPresent() && capacity.put(g.get(), visits) != null) {
                    f.fail(field + ".grid", "grid " + g.get() + " is listed twice");
                }
            }
        }
        Map<String, Integer> caps = new TreeMap<>();
        List<CapBody> capBodies = b.caps() == null ? List.of() : b.caps();
        for (int i = 0; i < capBodies.size(); i++) {
            CapBody c = capBodies.get(i);
            String field = "caps[" + i + "]";
            if (c == null
                    || c.entity() == null
                    || c.entity().isBlank()
                    || c.entity().length() > 64) {
                f.fail(field + ".entity", "is required, at most 64 characters");
            } else if (c.visits() == null || c.visits() < 0) {
                f.fail(field + ".visits", "is required, at least 0");
            } else if (caps.put(c.entity(), c.visits()) != null) {
                f.fail(field + ".entity", "entity " + c.entity() + " is listed twice");
            }
        }
        Map<RiskLevel, Integer> floors = riskMap(f, "riskFloors", b.riskFloors());
        Map<RiskLevel, Integer> targets = riskMap(f, "riskTargets", b.riskTargets());
        if (grid.isEmpty() || period.isEmpty() || day.isEmpty()) {
            return null; // the fields name what is missing
        }
        return new PlanRequest(grid.get(), period.get(), day.get(), capacity, caps, floors, targets);
    }

    private static Map<RiskLevel, Integer> riskMap(Fields f, String field, Map<String, Integer> values) {
        Map<RiskLevel, Integer> out = new java.util.EnumMap<>(RiskLevel.class);
        if (values == null) {
            return out;
        }
        values.forEach((k, v) -> {
            Optional<RiskLevel> level = f.enumValue(field + "." + k, k, RiskLevel.class);
            if (v == null || v < 0 || v > 1000) {
                f.fail(field + "." + k, "must be 0 to 1000 visits");
            } else {
                level.ifPresent(l -> out.put(l, v));
            }
        });
        return out;
    }

    private static Map<String, Object> view(PlanProposal p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("period", p.period().key());
        v.put("start", p.period().start().toString());
        v.put("end", p.period().end().toString());
        v.put("visitsPerStaffDay", p.rules().visitsPerStaffDay());
        v.put("staffDayMinutes", p.rules().staffDayMinutes());
        v.put("minutesPerVisit", p.rules().minutesPerVisit());
        v.put("shortVisits", p.shortVisits());
        v.put("fingerprint", p.fingerprint());
        List<Object> grids = new ArrayList<>();
        for (GridShortfall g : p.grids()) {
            Map<String, Object> gv = new LinkedHashMap<>();
            gv.put("grid", g.grid().value());
            gv.put("capacity", g.capacity());
            gv.put("planned", g.planned());
            gv.put("floorVisits", g.floorVisits());
            gv.put("shortVisits", g.shortVisits());
            gv.put("blockedByCap", g.blockedByCap());
            gv.put("shortStaffDays", g.shortStaffDays());
            grids.add(gv);
        }
        v.put("grids", grids);
        List<Object> visits = new ArrayList<>();
        for (PlannedVisits pv : p.visits()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("entity", pv.demand().entityId());
            e.put("grid", pv.demand().pool().value());
            e.put("risk", pv.demand().risk().map(Enum::name).orElse(null));
            e.put("floor", pv.demand().floor());
            e.put("target", pv.demand().target());
            pv.demand().cap().ifPresent(c -> e.put("cap", c));
            e.put("visits", pv.visits());
            e.put("belowFloor", pv.belowFloor());
            visits.add(e);
        }
        v.put("visits", visits);
        return v;
    }

    // ---- tracks

    Reply upload(Exchange ex) {
        TrackBody b = json.read(ex.body(), TrackBody.class);
        Fields f = new Fields();
        List<TrackPoint> points = new ArrayList<>();
        if (b.points() == null) {
            f.fail("points", "is required");
        } else {
            for (int i = 0; i < b.points().size(); i++) {
                TrackPointBody p = b.points().get(i);
                String field = "points[" + i + "]";
                if (p == null) {
                    f.fail(field, "must be an object");
                    continue;
                }
                Optional<Instant> time = f.instant(field + ".time", p.time());
                f.required(field + ".time", time, p.time());
                Optional<GeoPoint> point = Optional.empty();
                if (p.lon() == null || p.lat() == null) {
                    f.fail(field, "needs both lon and lat");
                } else {
                    try {
                        point = Optional.of(GeoPoint.of(p.lon(), p.lat()));
                    } catch (IllegalArgumentException e) {
                        f.fail(field, e.getMessage());
                    }
                }
                double accuracy = p.accuracyMeters() == null ? -1 : p.accuracyMeters();
                if (!(accuracy >= 0) || accuracy > 100_000) {
                    f.fail(field + ".accuracyMeters", "is required, 0 to 100000 metres");
                }
                if (time.isPresent() && point.isPresent() && accuracy >= 0 && accuracy <= 100_000) {
                    points.add(new TrackPoint(time.get(), point.get(), accuracy));
                }
            }
        }
        f.check("track upload");
        TrackUpload u = patrols.uploadTrack(ex.actor(), points);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("received", u.received());
        v.put("stored", u.stored());
        v.put("days", u.days().stream().map(TrackAndPlanningRoutes::dayView).toList());
        return reply(200, v);
    }

    Reply days(Exchange ex) {
        String staff = staff(ex);
        Fields f = new Fields();
        Optional<LocalDate> from = f.date("from", ex.query("from").orElse(null));
        f.required("from", from, ex.query("from").orElse(null));
        Optional<LocalDate> to = f.date("to", ex.query("to").orElse(null));
        f.required("to", to, ex.query("to").orElse(null));
        f.check("track days");
        List<TrackDay> days = patrols.trackDays(ex.actor(), staff, from.get(), to.get());
        return reply(
                200,
                Map.of(
                        "items",
                        days.stream().map(TrackAndPlanningRoutes::dayView).toList()));
    }

    Reply points(Exchange ex) {
        String staff = staff(ex);
        Fields f = new Fields();
        Optional<LocalDate> day = f.date("day", ex.query("day").orElse(null));
        f.required("day", day, ex.query("day").orElse(null));
        f.check("track points");
        List<Object> items = new ArrayList<>();
        for (TrackPoint p : patrols.trackPoints(ex.actor(), staff, day.get())) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("time", p.time().toString());
            v.put("lon", p.point().longitude());
            v.put("lat", p.point().latitude());
            v.put("accuracyMeters", p.accuracyMeters());
            items.add(v);
        }
        return reply(200, Map.of("items", items));
    }

    Reply purge(Exchange ex, Instant now) {
        TrackPurge p = patrols.purgeTracks(ex.actor(), now);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("before", p.before().toString());
        v.put("purgedPoints", p.purgedPoints());
        v.put("daysKept", p.daysKept());
        v.put("retentionDays", patrols.trackRules().retention().toDays());
        return reply(200, v);
    }

    private static String staff(Exchange ex) {
        String staff = ex.pathParam("staff");
        if (staff.isBlank() || staff.length() > 64) {
            Fields f = new Fields();
            f.fail("staff", "must be 1 to 64 characters");
            f.check("staff member");
        }
        return staff;
    }

    private static Map<String, Object> dayView(TrackDay d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("staff", d.staffId());
        v.put("grid", d.grid().value());
        v.put("day", d.day().toString());
        v.put("onlineSeconds", d.online().toSeconds());
        v.put("meters", Math.round(d.meters() * 10) / 10.0);
        v.put("points", d.points());
        v.put("droppedJumps", d.droppedJumps());
        return v;
    }

    private Reply reply(int status, Object body) {
        return Reply.of(status, Reply.JSON, json.write(body));
    }
}
