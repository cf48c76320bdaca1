package org.gridsafe.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.gridsafe.GridSafe;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.notice.DistrictNotice;

/**
 * {@code GET /api/v1/notices?scope=...}: the district notices of a scope's subtree (the calendar's
 * coverage ending, overdue major-hazard returns), latest first, with their structured fields and
 * both texts. Every rule is core's ({@code DistrictNotices}, the access policy's
 * {@code READ_NOTICES}); this class parses and renders.
 */
final class NoticeRoutes {

    private final GridSafe gridSafe;
    private final Json json;

    NoticeRoutes(GridSafe gridSafe, Json json) {
        this.gridSafe = gridSafe;
        this.json = json;
    }

    /** GET: the notices of {@code scope} (default: the actor's home grid). */
    Reply list(Exchange ex) {
        Fields f = new Fields();
        Optional<GridCode> scope;
        String text = ex.query("scope").orElse(null);
        if (text == null || text.isBlank()) {
            scope = ex.actor().homeGrid();
            if (scope.isEmpty()) {
                f.fail("scope", "is required: the grid code of the district or street whose notices to list");
            }
        } else {
            scope = f.parse("scope", text, GridCode::parse);
        }
        f.check("notice query");
        List<DistrictNotice> notices = gridSafe.districtNotices().list(ex.actor(), scope.get());
        ObjectNode body = json.mapper().createObjectNode();
        body.set("scope", grid(scope.get()));
        ArrayNode items = body.putArray("items");
        for (DistrictNotice n : notices) {
            items.add(view(n));
        }
        return Reply.of(200, Reply.JSON, json.write(body));
    }

    private ObjectNode view(DistrictNotice n) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("key", n.key());
        v.put("kind", n.kind().name());
        v.put("kindZh", n.kind().zhName());
        v.set("scope", grid(n.scope()));
        if (n.recipientId().isPresent()) {
            ObjectNode r = v.putObject("recipient");
            r.put("id", n.recipientId().get());
            if (n.recipientName().isPresent()) {
                r.put("name", n.recipientName().get());
            } else {
                r.putNull("name");
            }
        } else {
            v.putNull("recipient");
        }
        v.put("period", n.period());
        v.put("day", n.day().toString());
        v.put("dueAt", json.time(n.dueAt()));
        v.put("zone", n.zone().getId());
        v.put("raisedAt", json.time(n.raisedAt()));
        v.put("message", n.message());
        v.put("messageEn", n.messageEn());
        return v;
    }

    private ObjectNode grid(GridCode code) {
        ObjectNode v = json.mapper().createObjectNode();
        v.put("code", code.value());
        Optional<Grid> grid = gridSafe.directory().grids().find(code);
        grid.ifPresent(g -> {
            v.put("name", g.name());
            v.put("level", g.level().name());
        });
        return v;
    }
}
