package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

class CameoTest {

    @Test
    void codesFollowTypeStatusAndPlace() {
        assertEquals("040", Cameo.code(EventType.MEETING, EventStatus.OCCURRED, false));
        assertEquals("044", Cameo.code(EventType.MEETING, EventStatus.OCCURRED, true));
        assertEquals("041", Cameo.code(EventType.CALL, EventStatus.OCCURRED, false));
        assertEquals("042", Cameo.code(EventType.VISIT, EventStatus.OCCURRED, false));
        assertEquals("057", Cameo.code(EventType.AGREEMENT, EventStatus.OCCURRED, false));
        assertEquals("036", Cameo.code(EventType.MEETING, EventStatus.PLANNED, false));
        assertEquals(8.0, Cameo.goldstein("057"));
    }
}
