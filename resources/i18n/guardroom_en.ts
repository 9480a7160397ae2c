<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <source>User name and display name must not be empty.</source>
        <translation>User name and display name must not be empty.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>The user name {name} is already taken.</translation>
    </message>
    <message>
        <source>An administrator already exists; sign in instead.</source>
        <translation>An administrator already exists; sign in instead.</translation>
    </message>
    <message>
        <source>No such user: {name}</source>
        <translation>No such user: {name}</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>Too many wrong passwords: this account is locked until {time}.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>entry number {seq} follows {prev}: entries are missing</source>
        <translation>entry number {seq} follows {prev}: entries are missing</translation>
    </message>
    <message>
        <source>entry {seq} does not point at the entry before it</source>
        <translation>entry {seq} does not point at the entry before it</translation>
    </message>
    <message>
        <source>entry {seq} was changed after it was written</source>
        <translation>entry {seq} was changed after it was written</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>That zone does not exist.</source>
        <translation>That zone does not exist.</translation>
    </message>
    <message>
        <source>Give the zone a name.</source>
        <translation>Give the zone a name.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>A zone needs at least three corners.</translation>
    </message>
    <message>
        <source>A zone must lie inside the picture.</source>
        <translation>A zone must lie inside the picture.</translation>
    </message>
    <message>
        <source>Sensitivity is 1-100 and the minimum area a fraction of the zone.</source>
        <translation>Sensitivity is 1-100 and the minimum area a fraction of the zone.</translation>
    </message>
    <message>
        <source>Times are HH:MM, e.g. 22:00.</source>
        <translation>Times are HH:MM, e.g. 22:00.</translation>
    </message>
    <message>
        <source>Give both ends of the schedule, or neither.</source>
        <translation>Give both ends of the schedule, or neither.</translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message>
        <source>This layout is saved as the custom one.</source>
        <translation>This layout is saved as the custom one.</translation>
    </message>
    <message>
        <source>No custom layout saved yet.</source>
        <translation>No custom layout saved yet.</translation>
    </message>
    <message>
        <source>No picture to keep: the camera is not live.</source>
        <translation>No picture to keep: the camera is not live.</translation>
    </message>
    <message>
        <source>Snapshot kept: {0}</source>
        <translation>Snapshot kept: {0}</translation>
    </message>
    <message>
        <source>Select a tile with a camera first.</source>
        <translation>Select a tile with a camera first.</translation>
    </message>
    <message>
        <source>Alerts waiting: {0}</source>
        <translation>Alerts waiting: {0}</translation>
    </message>
    <message>
        <source>Work order opened: {0}</source>
        <translation>Work order opened: {0}</translation>
    </message>
    <message>
        <source>Cameras (drag onto a tile)</source>
        <translation>Cameras (drag onto a tile)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Save as custom</source>
        <translation>Save as custom</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Motion zones…</source>
        <translation>Motion zones…</translation>
    </message>
    <message>
        <source>Back to the wall (Esc)</source>
        <translation>Back to the wall (Esc)</translation>
    </message>
    <message>
        <source>Take it on (opens a work order)</source>
        <translation>Take it on (opens a work order)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>for {0}</translation>
    </message>
    <message>
        <source>drag a camera here</source>
        <translation>drag a camera here</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Export the data</source>
        <translation>Export the data</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>Export data (CSV)…</translation>
    </message>
    <message>
        <source>Export chart (PNG)…</source>
        <translation>Export chart (PNG)…</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Items, one a line</source>
        <translation>Items, one a line</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Safety inspection</source>
        <translation>Safety inspection</translation>
    </message>
    <message>
        <source>Handover equipment</source>
        <translation>Handover equipment</translation>
    </message>
    <message>
        <source>(a new checklist)</source>
        <translation>(a new checklist)</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Unknown kind of checklist.</source>
        <translation>Unknown kind of checklist.</translation>
    </message>
    <message>
        <source>Give the checklist a name.</source>
        <translation>Give the checklist a name.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>A checklist needs at least one item.</translation>
    </message>
    <message>
        <source>A checklist holds at most {n} items.</source>
        <translation>A checklist holds at most {n} items.</translation>
    </message>
    <message>
        <source>An item is longer than 200 characters.</source>
        <translation>An item is longer than 200 characters.</translation>
    </message>
    <message>
        <source>There is already a checklist called {name}.</source>
        <translation>There is already a checklist called {name}.</translation>
    </message>
    <message>
        <source>That checklist does not exist.</source>
        <translation>That checklist does not exist.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Give the reason for the manual decision.</source>
        <translation>Give the reason for the manual decision.</translation>
    </message>
    <message>
        <source>A manual decision is pass or deny.</source>
        <translation>A manual decision is pass or deny.</translation>
    </message>
    <message>
        <source>That check does not exist.</source>
        <translation>That check does not exist.</translation>
    </message>
    <message>
        <source>Give the code or number to watch for.</source>
        <translation>Give the code or number to watch for.</translation>
    </message>
    <message>
        <source>That watchlist entry does not exist.</source>
        <translation>That watchlist entry does not exist.</translation>
    </message>
    <message>
        <source>Give the reason for opening the gate.</source>
        <translation>Give the reason for opening the gate.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database {path} is at revision {rev}.</source>
        <translation>Database {path} is at revision {rev}.</translation>
    </message>
    <message>
        <source>Backup before migrating: {path}</source>
        <translation>Backup before migrating: {path}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} already exists; choose another file name.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <source>Audit log intact: {n} entries checked.</source>
        <translation>Audit log intact: {n} entries checked.</translation>
    </message>
    <message>
        <source>Audit log BROKEN at workstation {node}, entry {seq} ({id}): {reason}</source>
        <translation>Audit log BROKEN at workstation {node}, entry {seq} ({id}): {reason}</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}</source>
        <translation>Cannot use {path}: {error}</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>scanner</translation>
    </message>
    <message>
        <source>thermometer</source>
        <translation>thermometer</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>gate relay</source>
        <translation>gate relay</translation>
    </message>
    <message>
        <source>This system has no pseudo-terminals; use --tcp PORT instead.</source>
        <translation>This system has no pseudo-terminals; use --tcp PORT instead.</translation>
    </message>
    <message>
        <source>{file}, line {line}: cannot play "{text}" on the {device}.</source>
        <translation>{file}, line {line}: cannot play "{text}" on the {device}.</translation>
    </message>
    <message>
        <source>Scanner simulator on {port}</source>
        <translation>Scanner simulator on {port}</translation>
    </message>
    <message>
        <source>Thermometer simulator ({protocol}) on {port}</source>
        <translation>Thermometer simulator ({protocol}) on {port}</translation>
    </message>
    <message>
        <source>ID card reader simulator on {port}</source>
        <translation>ID card reader simulator on {port}</translation>
    </message>
    <message>
        <source>Gate relay simulator ({protocol}) on {port}</source>
        <translation>Gate relay simulator ({protocol}) on {port}</translation>
    </message>
    <message>
        <source>Type 1-4 to place that card, 0 to remove it; Ctrl-D or Ctrl-C ends.</source>
        <translation>Type 1-4 to place that card, 0 to remove it; Ctrl-D or Ctrl-C ends.</translation>
    </message>
    <message>
        <source>Not a card number: {text}</source>
        <translation>Not a card number: {text}</translation>
    </message>
    <message>
        <source>relay switched on (gate open)</source>
        <translation>relay switched on (gate open)</translation>
    </message>
    <message>
        <source>relay switched off (gate closed)</source>
        <translation>relay switched off (gate closed)</translation>
    </message>
    <message>
        <source>Script finished; the port stays open until Ctrl-C.</source>
        <translation>Script finished; the port stays open until Ctrl-C.</translation>
    </message>
    <message>
        <source>Type one code per line; Ctrl-D or Ctrl-C ends.</source>
        <translation>Type one code per line; Ctrl-D or Ctrl-C ends.</translation>
    </message>
    <message>
        <source>Type one temperature per line (e.g. 36.6); Ctrl-D or Ctrl-C ends.</source>
        <translation>Type one temperature per line (e.g. 36.6); Ctrl-D or Ctrl-C ends.</translation>
    </message>
    <message>
        <source>Not a temperature: {text}</source>
        <translation>Not a temperature: {text}</translation>
    </message>
    <message>
        <source>{device}: {command} acknowledged, gate {state}</source>
        <translation>{device}: {command} acknowledged, gate {state}</translation>
    </message>
    <message>
        <source>{device}: {command} NOT acknowledged ({detail}), gate state unknown</source>
        <translation>{device}: {command} NOT acknowledged ({detail}), gate state unknown</translation>
    </message>
    <message>
        <source>{device}: card {name} {document}, valid to {valid_to} — EXPIRED</source>
        <translation>{device}: card {name} {document}, valid to {valid_to} — EXPIRED</translation>
    </message>
    <message>
        <source>{device}: card {name} {document}, valid to {valid_to}</source>
        <translation>{device}: card {name} {document}, valid to {valid_to}</translation>
    </message>
    <message>
        <source>{device} online: {detail}</source>
        <translation>{device} online: {detail}</translation>
    </message>
    <message>
        <source>{device} offline: {detail}</source>
        <translation>{device} offline: {detail}</translation>
    </message>
    <message>
        <source>{device}: code {text}, symbology {symbology}</source>
        <translation>{device}: code {text}, symbology {symbology}</translation>
    </message>
    <message>
        <source>{device}: no read ({text})</source>
        <translation>{device}: no read ({text})</translation>
    </message>
    <message>
        <source>{device}: discarded {length} bytes ({reason})</source>
        <translation>{device}: discarded {length} bytes ({reason})</translation>
    </message>
    <message>
        <source>{device}: {celsius} °C</source>
        <translation>{device}: {celsius} °C</translation>
    </message>
    <message>
        <source>{device}: {celsius} °C is out of range: re-measure</source>
        <translation>{device}: {celsius} °C is out of range: re-measure</translation>
    </message>
    <message>
        <source>{device}: device fault: {detail}</source>
        <translation>{device}: device fault: {detail}</translation>
    </message>
    <message>
        <source>{device}: {ok} frames, {bad} bad checksums, {garbage} garbage bytes, {discarded} discarded lines</source>
        <translation>{device}: {ok} frames, {bad} bad checksums, {garbage} garbage bytes, {discarded} discarded lines</translation>
    </message>
    <message>
        <source>{verdict}: {reasons} ({celsius} °C)</source>
        <translation>{verdict}: {reasons} ({celsius} °C)</translation>
    </message>
    <message>
        <source>{device}: {state} ({detail})</source>
        <translation>{device}: {state} ({detail})</translation>
    </message>
    <message>
        <source>gate: {state} ({cause})</source>
        <translation>gate: {state} ({cause})</translation>
    </message>
    <message>
        <source>{arrived}  {name}  {document}  {host}  {plate}  {left}</source>
        <translation>{arrived}  {name}  {document}  {host}  {plate}  {left}</translation>
    </message>
    <message>
        <source>No matching visits.</source>
        <translation>No matching visits.</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>row {row}: {problem}</translation>
    </message>
    <message>
        <source>{name}  {document}  {start} – {end}</source>
        <translation>{name}  {document}  {start} – {end}</translation>
    </message>
    <message>
        <source>The host directory now has {n} entries.</source>
        <translation>The host directory now has {n} entries.</translation>
    </message>
    <message>
        <source>Not a camera address: {url} (rtsp://, http://, usb:N or file:PATH)</source>
        <translation>Not a camera address: {url} (rtsp://, http://, usb:N or file:PATH)</translation>
    </message>
    <message>
        <source>{fps} fps, latency {latency} ms, {state}</source>
        <translation>{fps} fps, latency {latency} ms, {state}</translation>
    </message>
    <message>
        <source>{at} online</source>
        <translation>{at} online</translation>
    </message>
    <message>
        <source>{at} offline: {detail}</source>
        <translation>{at} offline: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a rostering instance: {error}</source>
        <translation>{path} is not a rostering instance: {error}</translation>
    </message>
    <message>
        <source>{seconds} s: best {best}, bound {bound}</source>
        <translation>{seconds} s: best {best}, bound {bound}</translation>
    </message>
    <message>
        <source>No roster found ({status}).</source>
        <translation>No roster found ({status}).</translation>
    </message>
    <message>
        <source>Objective {objective} ({status}, bound {bound}, {seconds} s); roster written to {path}</source>
        <translation>Objective {objective} ({status}, bound {bound}, {seconds} s); roster written to {path}</translation>
    </message>
    <message>
        <source>{path} is not a roster of this instance: {error}</source>
        <translation>{path} is not a roster of this instance: {error}</translation>
    </message>
    <message>
        <source>{guard} day {day}: {rule} ({detail})</source>
        <translation>{guard} day {day}: {rule} ({detail})</translation>
    </message>
    <message>
        <source>Objective {objective}, {n} hard violations.</source>
        <translation>Objective {objective}, {n} hard violations.</translation>
    </message>
    <message>
        <source>The hub needs --db URL.</source>
        <translation>The hub needs --db URL.</translation>
    </message>
    <message>
        <source>TLS needs both --certfile and --keyfile.</source>
        <translation>TLS needs both --certfile and --keyfile.</translation>
    </message>
    <message>
        <source>Hub listening on {url}</source>
        <translation>Hub listening on {url}</translation>
    </message>
    <message>
        <source>Token for {node} ({role}): {token}</source>
        <translation>Token for {node} ({role}): {token}</translation>
    </message>
    <message>
        <source>{at}  {table} {id} {field}: kept {kept}, lost {lost}</source>
        <translation>{at}  {table} {id} {field}: kept {kept}, lost {lost}</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>{status}</source>
        <translation>{status}</translation>
    </message>
    <message>
        <source>Sync needs the hub's address and this workstation's token (--hub, --token or the settings).</source>
        <translation>Sync needs the hub's address and this workstation's token (--hub, --token or the settings).</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Wrote {path}.</translation>
    </message>
</context>
<context>
    <name>CodeKind</name>
    <message>
        <source>visitor pass</source>
        <translation>visitor pass</translation>
    </message>
    <message>
        <source>staff card</source>
        <translation>staff card</translation>
    </message>
    <message>
        <source>health code</source>
        <translation>health code</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>unrecognised</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>scanner</source>
        <translation>scanner</translation>
    </message>
    <message>
        <source>thermometer</source>
        <translation>thermometer</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>gate relay</source>
        <translation>gate relay</translation>
    </message>
    <message>
        <source>Today: {0} passed, {1} denied, {2} incomplete, {3} decided by the guard</source>
        <translation>Today: {0} passed, {1} denied, {2} incomplete, {3} decided by the guard</translation>
    </message>
    <message>
        <source>On site now: {0} visitors ({1} past their time), {2} vehicles</source>
        <translation>On site now: {0} visitors ({1} past their time), {2} vehicles</translation>
    </message>
    <message>
        <source>Open work orders by age — {0}</source>
        <translation>Open work orders by age — {0}</translation>
    </message>
    <message>
        <source>On duty now:</source>
        <translation>On duty now:</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Same weekday, average</source>
        <translation>Same weekday, average</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>{0}: {1} since {2}</source>
        <translation>{0}: {1} since {2}</translation>
    </message>
    <message>
        <source>Cameras and devices:</source>
        <translation>Cameras and devices:</translation>
    </message>
    <message>
        <source>no state recorded yet</source>
        <translation>no state recorded yet</translation>
    </message>
    <message>
        <source>{0}-{1}: {2} guards</source>
        <translation>{0}-{1}: {2} guards</translation>
    </message>
    <message>
        <source>nobody from {0}</source>
        <translation>nobody from {0}</translation>
    </message>
    <message>
        <source>Roster, next 24 hours:</source>
        <translation>Roster, next 24 hours:</translation>
    </message>
    <message>
        <source>no published roster</source>
        <translation>no published roster</translation>
    </message>
    <message>
        <source>Checks per hour today (line: the same weekday's average)</source>
        <translation>Checks per hour today (line: the same weekday's average)</translation>
    </message>
    <message>
        <source>Temperatures today (°C)</source>
        <translation>Temperatures today (°C)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>resident ID card</source>
        <translation>resident ID card</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>Hong Kong/Macao permit</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>Taiwan permit</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>other document</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <source>A period needs times with a time zone.</source>
        <translation>A period needs times with a time zone.</translation>
    </message>
    <message>
        <source>A period must end after it starts.</source>
        <translation>A period must end after it starts.</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>The photo is empty.</translation>
    </message>
    <message>
        <source>The photo is larger than 8 MB.</source>
        <translation>The photo is larger than 8 MB.</translation>
    </message>
    <message>
        <source>That file is not a photo (JPEG, PNG or BMP).</source>
        <translation>That file is not a photo (JPEG, PNG or BMP).</translation>
    </message>
</context>
<context>
    <name>DutyPanel</name>
    <message>
        <source>Nobody on the published roster</source>
        <translation>Nobody on the published roster</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <source>Next shift at {0}</source>
        <translation>Next shift at {0}</translation>
    </message>
    <message>
        <source>Next shift: none published</source>
        <translation>Next shift: none published</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <source>The event ends before it starts.</source>
        <translation>The event ends before it starts.</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>Cover raised on {0} days; {1} temporary guards added. Solve to staff it.</source>
        <translation>Cover raised on {0} days; {1} temporary guards added. Solve to staff it.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>More guards</source>
        <translation>More guards</translation>
    </message>
    <message>
        <source>Temporary guards to add</source>
        <translation>Temporary guards to add</translation>
    </message>
    <message>
        <source>Their name (numbered)</source>
        <translation>Their name (numbered)</translation>
    </message>
    <message>
        <source>Apply the event</source>
        <translation>Apply the event</translation>
    </message>
</context>
<context>
    <name>FairnessPanel</name>
    <message>
        <source>Lowest {0}, highest {1}, mean {2}, spread (σ) {3}</source>
        <translation>Lowest {0}, highest {1}, mean {2}, spread (σ) {3}</translation>
    </message>
    <message>
        <source>Hours per guard</source>
        <translation>Hours per guard</translation>
    </message>
    <message>
        <source>Nights per guard</source>
        <translation>Nights per guard</translation>
    </message>
    <message>
        <source>Weekends worked per guard</source>
        <translation>Weekends worked per guard</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Guardroom — first start</source>
        <translation>Guardroom — first start</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. The administrator sets up devices, cameras and the other accounts.</source>
        <translation>This workstation has no accounts yet. The administrator sets up devices, cameras and the other accounts.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>UNKNOWN — check the gate</source>
        <translation>UNKNOWN — check the gate</translation>
    </message>
    <message>
        <source>no gate relay</source>
        <translation>no gate relay</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>Gate: {0}</source>
        <translation>Gate: {0}</translation>
    </message>
    <message>
        <source>Open the gate (F9)</source>
        <translation>Open the gate (F9)</translation>
    </message>
</context>
<context>
    <name>GuardsTab</name>
    <message>
        <source>Saved for {0}; the draft takes it up.</source>
        <translation>Saved for {0}; the draft takes it up.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Main gate</source>
        <translation>Main gate</translation>
    </message>
    <message>
        <source>Vehicle gate</source>
        <translation>Vehicle gate</translation>
    </message>
    <message>
        <source>CCTV room</source>
        <translation>CCTV room</translation>
    </message>
    <message>
        <source>Qualified for</source>
        <translation>Qualified for</translation>
    </message>
    <message>
        <source>Hours a month, at least</source>
        <translation>Hours a month, at least</translation>
    </message>
    <message>
        <source>Hours a month, at most (0: no limit)</source>
        <translation>Hours a month, at most (0: no limit)</translation>
    </message>
    <message>
        <source>Working days in a row, at most (0: no limit)</source>
        <translation>Working days in a row, at most (0: no limit)</translation>
    </message>
    <message>
        <source>Night shifts a month, at most (0: no limit)</source>
        <translation>Night shifts a month, at most (0: no limit)</translation>
    </message>
    <message>
        <source>Weekends worked, at most (0: no limit)</source>
        <translation>Weekends worked, at most (0: no limit)</translation>
    </message>
    <message>
        <source>Hours of rest between two shifts, at least (0: the shifts' rules)</source>
        <translation>Hours of rest between two shifts, at least (0: the shifts' rules)</translation>
    </message>
    <message>
        <source>Save the guard's terms</source>
        <translation>Save the guard's terms</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Say which post this handover is for.</source>
        <translation>Say which post this handover is for.</translation>
    </message>
    <message>
        <source>Each piece of equipment needs a name, once.</source>
        <translation>Each piece of equipment needs a name, once.</translation>
    </message>
    <message>
        <source>Say what is wrong with: {name}</source>
        <translation>Say what is wrong with: {name}</translation>
    </message>
    <message>
        <source>Write a note or check the equipment before handing over.</source>
        <translation>Write a note or check the equipment before handing over.</translation>
    </message>
    <message>
        <source>{who} already acknowledged this handover.</source>
        <translation>{who} already acknowledged this handover.</translation>
    </message>
    <message>
        <source>The next guard acknowledges a handover, not the one who wrote it.</source>
        <translation>The next guard acknowledges a handover, not the one who wrote it.</translation>
    </message>
    <message>
        <source>That open item does not exist.</source>
        <translation>That open item does not exist.</translation>
    </message>
    <message>
        <source>{who} already closed this item.</source>
        <translation>{who} already closed this item.</translation>
    </message>
    <message>
        <source>That handover does not exist.</source>
        <translation>That handover does not exist.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>No handover is waiting to be acknowledged.</source>
        <translation>No handover is waiting to be acknowledged.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; handed over at {1} ({2})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; handed over at {1} ({2})</translation>
    </message>
    <message>
        <source>Equipment: all in order</source>
        <translation>Equipment: all in order</translation>
    </message>
    <message>
        <source>Equipment faults: {0}</source>
        <translation>Equipment faults: {0}</translation>
    </message>
    <message>
        <source>Open items: {0}</source>
        <translation>Open items: {0}</translation>
    </message>
    <message>
        <source>{0} open item(s) of this post will be carried into the handover.</source>
        <translation>{0} open item(s) of this post will be carried into the handover.</translation>
    </message>
    <message>
        <source>No open items to carry over.</source>
        <translation>No open items to carry over.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Handover written; the next guard acknowledges it.</source>
        <translation>Handover written; the next guard acknowledges it.</translation>
    </message>
    <message>
        <source>Handover to acknowledge</source>
        <translation>Handover to acknowledge</translation>
    </message>
    <message>
        <source>I have read it: acknowledge</source>
        <translation>I have read it: acknowledge</translation>
    </message>
    <message>
        <source>Open items of this post</source>
        <translation>Open items of this post</translation>
    </message>
    <message>
        <source>How it was settled (optional)</source>
        <translation>How it was settled (optional)</translation>
    </message>
    <message>
        <source>Close the item</source>
        <translation>Close the item</translation>
    </message>
    <message>
        <source>End of shift: write the handover</source>
        <translation>End of shift: write the handover</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>New open items, one a line</source>
        <translation>New open items, one a line</translation>
    </message>
    <message>
        <source>e.g. day shift</source>
        <translation>e.g. day shift</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note (needed when faulty)</source>
        <translation>Note (needed when faulty)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>Hazard follow-up</source>
        <translation>Hazard follow-up</translation>
    </message>
    <message>
        <source>What was done, or a note</source>
        <translation>What was done, or a note</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start fixing</source>
        <translation>Start fixing</translation>
    </message>
    <message>
        <source>Fixed (checked)</source>
        <translation>Fixed (checked)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <source>Attach a photo…</source>
        <translation>Attach a photo…</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Where: {0}</translation>
    </message>
    <message>
        <source>Found {0} by {1}</source>
        <translation>Found {0} by {1}</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>State: {0}</translation>
    </message>
    <message>
        <source>Deadline: {0}</source>
        <translation>Deadline: {0}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Fixed {0}, checked by {1}</source>
        <translation>Fixed {0}, checked by {1}</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>Attach a photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>Could not read {0}: {1}</translation>
    </message>
</context>
<context>
    <name>HazardState</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>being fixed</source>
        <translation>being fixed</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
</context>
<context>
    <name>Hazards</name>
    <message>
        <source>Describe the hazard.</source>
        <translation>Describe the hazard.</translation>
    </message>
    <message>
        <source>The deadline needs a time zone.</source>
        <translation>The deadline needs a time zone.</translation>
    </message>
    <message>
        <source>The deadline must be in the future.</source>
        <translation>The deadline must be in the future.</translation>
    </message>
    <message>
        <source>Unknown hazard state.</source>
        <translation>Unknown hazard state.</translation>
    </message>
    <message>
        <source>Say what was done and that you checked it before marking it fixed.</source>
        <translation>Say what was done and that you checked it before marking it fixed.</translation>
    </message>
    <message>
        <source>This hazard is {state} and cannot go there.</source>
        <translation>This hazard is {state} and cannot go there.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>That hazard does not exist.</source>
        <translation>That hazard does not exist.</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Old 15-digit numbers are no longer valid; ask for the 18-character number.</source>
        <translation>Old 15-digit numbers are no longer valid; ask for the 18-character number.</translation>
    </message>
    <message>
        <source>A resident ID number must have 18 characters, not {count}.</source>
        <translation>A resident ID number must have 18 characters, not {count}.</translation>
    </message>
    <message>
        <source>Character {position} must be a digit, not {char}.</source>
        <translation>Character {position} must be a digit, not {char}.</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not {char}.</source>
        <translation>The last character must be a digit or X, not {char}.</translation>
    </message>
    <message>
        <source>No province has the code {region}: check the first two digits.</source>
        <translation>No province has the code {region}: check the first two digits.</translation>
    </message>
    <message>
        <source>No birth date begins with {digits}.</source>
        <translation>No birth date begins with {digits}.</translation>
    </message>
    <message>
        <source>The check digit should be {expected}, not {actual}: look for a mistyped digit.</source>
        <translation>The check digit should be {expected}, not {actual}: look for a mistyped digit.</translation>
    </message>
    <message>
        <source>The birth date {digits} does not exist.</source>
        <translation>The birth date {digits} does not exist.</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>The birth date {date} is in the future.</translation>
    </message>
    <message>
        <source>The birth date {date} is before 1900.</source>
        <translation>The birth date {date} is before 1900.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>A passport number has 5 to 17 letters and digits.</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number is C, H or M followed by 8 to 10 letters and digits.</source>
        <translation>A Hong Kong/Macao permit number is C, H or M followed by 8 to 10 letters and digits.</translation>
    </message>
    <message>
        <source>A Taiwan permit number has 8 digits, or 10 letters and digits.</source>
        <translation>A Taiwan permit number has 8 digits, or 10 letters and digits.</translation>
    </message>
    <message>
        <source>A document number has at most 32 printable characters.</source>
        <translation>A document number has at most 32 printable characters.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Enter the document number.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>No work order selected.</source>
        <translation>No work order selected.</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>State: {0}</translation>
    </message>
    <message>
        <source>Raised: {0}</source>
        <translation>Raised: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Where: {0}</translation>
    </message>
    <message>
        <source>People involved: {0}</source>
        <translation>People involved: {0}</translation>
    </message>
    <message>
        <source>Actions taken:
{0}</source>
        <translation>Actions taken:
{0}</translation>
    </message>
    <message>
        <source>Assigned to: {0}</source>
        <translation>Assigned to: {0}</translation>
    </message>
    <message>
        <source>Escalated to the lead: not acknowledged in time</source>
        <translation>Escalated to the lead: not acknowledged in time</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>Could not read {0}: {1}</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>What was done, or a note</source>
        <translation>What was done, or a note</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>False alarm</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <source>Record as action taken</source>
        <translation>Record as action taken</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Add a photo…</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Safety inspections</source>
        <translation>Safety inspections</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>Choose an inspection checklist.</source>
        <translation>Choose an inspection checklist.</translation>
    </message>
    <message>
        <source>That round does not exist.</source>
        <translation>That round does not exist.</translation>
    </message>
    <message>
        <source>This round was already finished.</source>
        <translation>This round was already finished.</translation>
    </message>
    <message>
        <source>Mark every item of the checklist: {n} expected.</source>
        <translation>Mark every item of the checklist: {n} expected.</translation>
    </message>
    <message>
        <source>Say what is wrong with: {item}</source>
        <translation>Say what is wrong with: {item}</translation>
    </message>
    <message>
        <source>Only an item that is not ok raises a hazard: {item}</source>
        <translation>Only an item that is not ok raises a hazard: {item}</translation>
    </message>
</context>
<context>
    <name>InspectionsPanel</name>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>all ok</source>
        <translation>all ok</translation>
    </message>
    <message>
        <source>{0} not ok</source>
        <translation>{0} not ok</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Where (optional)</translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation>Start a round</translation>
    </message>
    <message>
        <source>Edit checklists…</source>
        <translation>Edit checklists…</translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation>Inspection rounds</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <source>Not fixed only</source>
        <translation>Not fixed only</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>LeaveTab</name>
    <message>
        <source>Leave saved; the drafts take it up.</source>
        <translation>Leave saved; the drafts take it up.</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <source>Add leave</source>
        <translation>Add leave</translation>
    </message>
    <message>
        <source>Remove the selected leave</source>
        <translation>Remove the selected leave</translation>
    </message>
</context>
<context>
    <name>LogColumns</name>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Staff vehicle</source>
        <translation>Staff vehicle</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Logged by</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Guardroom — sign in</source>
        <translation>Guardroom — sign in</translation>
    </message>
    <message>
        <source>Guardroom · sign in</source>
        <translation>Guardroom · sign in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Demo accounts: admin, lead, guard — password {0}</source>
        <translation>Demo accounts: admin, lead, guard — password {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check station</source>
        <translation>Check station</translation>
    </message>
    <message>
        <source>Visitors &amp; vehicles</source>
        <translation>Visitors &amp; vehicles</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Guardroom — {0}</source>
        <translation>Guardroom — {0}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Guardroom · {0}</source>
        <translation>Guardroom · {0}</translation>
    </message>
</context>
<context>
    <name>ManualOpenDialog</name>
    <message>
        <source>Open the gate by hand</source>
        <translation>Open the gate by hand</translation>
    </message>
    <message>
        <source>Say why the gate is opened without a pass. The opening is written to the audit log with your name.</source>
        <translation>Say why the gate is opened without a pass. The opening is written to the audit log with your name.</translation>
    </message>
    <message>
        <source>Official vehicle</source>
        <translation>Official vehicle</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Emergency services</translation>
    </message>
    <message>
        <source>Delivery escorted by a guard</source>
        <translation>Delivery escorted by a guard</translation>
    </message>
    <message>
        <source>Device fault: checked by hand</source>
        <translation>Device fault: checked by hand</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>Scan the visitor's code, take the temperature and show a large green or red verdict, logged for every person.</source>
        <translation>Scan the visitor's code, take the temperature and show a large green or red verdict, logged for every person.</translation>
    </message>
    <message>
        <source>Register walk-in visitors and vehicles, check pre-registered passes, see who is on site and search years of records.</source>
        <translation>Register walk-in visitors and vehicles, check pre-registered passes, see who is on site and search years of records.</translation>
    </message>
    <message>
        <source>Live tiles of the compound's cameras, frozen-stream alarms and motion zones whose alerts become work orders.</source>
        <translation>Live tiles of the compound's cameras, frozen-stream alarms and motion zones whose alerts become work orders.</translation>
    </message>
    <message>
        <source>Plan the month's duty for every post and shift, with rule checks and printing; see who is on duty now.</source>
        <translation>Plan the month's duty for every post and shift, with rule checks and printing; see who is on duty now.</translation>
    </message>
    <message>
        <source>Record incidents and work orders, safety inspections and the shift handover.</source>
        <translation>Record incidents and work orders, safety inspections and the shift handover.</translation>
    </message>
    <message>
        <source>Charts of today's traffic, denials, visitors and duty coverage, and the daily report.</source>
        <translation>Charts of today's traffic, denials, visitors and duty coverage, and the daily report.</translation>
    </message>
    <message>
        <source>Not yet available</source>
        <translation>Not yet available</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Guard's decision</source>
        <translation>Guard's decision</translation>
    </message>
    <message>
        <source>The last check was decided by the rules. Decide it yourself only with a reason; it is logged and audited.</source>
        <translation>The last check was decided by the rules. Decide it yourself only with a reason; it is logged and audited.</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Let in</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>Turn away</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
</context>
<context>
    <name>Plate</name>
    <message>
        <source>Enter a plate number.</source>
        <translation>Enter a plate number.</translation>
    </message>
    <message>
        <source>An embassy plate is 使 and 6 digits.</source>
        <translation>An embassy plate is 使 and 6 digits.</translation>
    </message>
    <message>
        <source>An armed-police plate is WJ, an optional province and 5 or 6 characters.</source>
        <translation>An armed-police plate is WJ, an optional province and 5 or 6 characters.</translation>
    </message>
    <message>
        <source>A military plate is two letters and 5 digits, such as VA12345.</source>
        <translation>A military plate is two letters and 5 digits, such as VA12345.</translation>
    </message>
    <message>
        <source>A plate begins with a province character, such as 京 or 粤.</source>
        <translation>A plate begins with a province character, such as 京 or 粤.</translation>
    </message>
    <message>
        <source>Unknown province {char}.</source>
        <translation>Unknown province {char}.</translation>
    </message>
    <message>
        <source>After {prefix} comes the letter of the issuing office.</source>
        <translation>After {prefix} comes the letter of the issuing office.</translation>
    </message>
    <message>
        <source>I and O are not used on plates.</source>
        <translation>I and O are not used on plates.</translation>
    </message>
    <message>
        <source>After {prefix} comes the letter of the issuing office, not {char}.</source>
        <translation>After {prefix} comes the letter of the issuing office, not {char}.</translation>
    </message>
    <message>
        <source>Unexpected character {char} on a plate.</source>
        <translation>Unexpected character {char} on a plate.</translation>
    </message>
    <message>
        <source>{suffix} plates begin with 粤Z.</source>
        <translation>{suffix} plates begin with 粤Z.</translation>
    </message>
    <message>
        <source>Expected 4 characters between {prefix} and {suffix}, found {count}.</source>
        <translation>Expected 4 characters between {prefix} and {suffix}, found {count}.</translation>
    </message>
    <message>
        <source>On a new-energy plate {prefix} is followed by a letter A to K (D or F on most), one more character and 4 digits (small cars), or by 5 digits and D or F (large vehicles).</source>
        <translation>On a new-energy plate {prefix} is followed by a letter A to K (D or F on most), one more character and 4 digits (small cars), or by 5 digits and D or F (large vehicles).</translation>
    </message>
    <message>
        <source>Expected 5 characters after {prefix} (6 on a new-energy plate), found {count}.</source>
        <translation>Expected 5 characters after {prefix} (6 on a new-energy plate), found {count}.</translation>
    </message>
    <message>
        <source>{plate} is not a known plate format.</source>
        <translation>{plate} is not a known plate format.</translation>
    </message>
</context>
<context>
    <name>PlateKind</name>
    <message>
        <source>ordinary</source>
        <translation>ordinary</translation>
    </message>
    <message>
        <source>new energy</source>
        <translation>new energy</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>trailer</translation>
    </message>
    <message>
        <source>driving-school coach</source>
        <translation>driving-school coach</translation>
    </message>
    <message>
        <source>police</source>
        <translation>police</translation>
    </message>
    <message>
        <source>Hong Kong cross-border</source>
        <translation>Hong Kong cross-border</translation>
    </message>
    <message>
        <source>Macao cross-border</source>
        <translation>Macao cross-border</translation>
    </message>
    <message>
        <source>consulate</source>
        <translation>consulate</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>embassy</translation>
    </message>
    <message>
        <source>military / armed police</source>
        <translation>military / armed police</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>A post runs at least one shift.</source>
        <translation>A post runs at least one shift.</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Qualification needed</source>
        <translation>Qualification needed</translation>
    </message>
    <message>
        <source>Shifts it runs</source>
        <translation>Shifts it runs</translation>
    </message>
    <message>
        <source>Rest between two shifts, at least (hours)</source>
        <translation>Rest between two shifts, at least (hours)</translation>
    </message>
    <message>
        <source>Apply to this month</source>
        <translation>Apply to this month</translation>
    </message>
    <message>
        <source>Apply the rest rule to every guard</source>
        <translation>Apply the rest rule to every guard</translation>
    </message>
</context>
<context>
    <name>PreregisterDialog</name>
    <message>
        <source>Save the pass (PNG) in</source>
        <translation>Save the pass (PNG) in</translation>
    </message>
    <message>
        <source>Pre-register a visitor</source>
        <translation>Pre-register a visitor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Visitor slip</source>
        <translation>Visitor slip</translation>
    </message>
    <message>
        <source>Show this slip when you leave.</source>
        <translation>Show this slip when you leave.</translation>
    </message>
    <message>
        <source>Visitors on site at {0}: {1}</source>
        <translation>Visitors on site at {0}: {1}</translation>
    </message>
    <message>
        <source>Duty roster {0} · {1}</source>
        <translation>Duty roster {0} · {1}</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
</context>
<context>
    <name>PublishedRosterPage</name>
    <message>
        <source>No roster has been published for {0} yet.</source>
        <translation>No roster has been published for {0} yet.</translation>
    </message>
    <message>
        <source>Version {0}, published {1}</source>
        <translation>Version {0}, published {1}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>temperature at or above the fever line</source>
        <translation>temperature at or above the fever line</translation>
    </message>
    <message>
        <source>red health code</source>
        <translation>red health code</translation>
    </message>
    <message>
        <source>yellow health code</source>
        <translation>yellow health code</translation>
    </message>
    <message>
        <source>health code could not be verified</source>
        <translation>health code could not be verified</translation>
    </message>
    <message>
        <source>on the watchlist</source>
        <translation>on the watchlist</translation>
    </message>
    <message>
        <source>unrecognised code</source>
        <translation>unrecognised code</translation>
    </message>
    <message>
        <source>pass signature is not valid</source>
        <translation>pass signature is not valid</translation>
    </message>
    <message>
        <source>damaged pass</source>
        <translation>damaged pass</translation>
    </message>
    <message>
        <source>pass has expired</source>
        <translation>pass has expired</translation>
    </message>
    <message>
        <source>pass is not valid yet</source>
        <translation>pass is not valid yet</translation>
    </message>
    <message>
        <source>no temperature taken in time</source>
        <translation>no temperature taken in time</translation>
    </message>
    <message>
        <source>ID card has expired</source>
        <translation>ID card has expired</translation>
    </message>
    <message>
        <source>no visit booked or registered: send to the visitor desk</source>
        <translation>no visit booked or registered: send to the visitor desk</translation>
    </message>
    <message>
        <source>decided by the guard</source>
        <translation>decided by the guard</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Daily gate report {day}</source>
        <translation>Daily gate report {day}</translation>
    </message>
    <message>
        <source>{weekday} · post {post} · made {made}</source>
        <translation>{weekday} · post {post} · made {made}</translation>
    </message>
    <message>
        <source>Checks per hour</source>
        <translation>Checks per hour</translation>
    </message>
    <message>
        <source>Denials by reason</source>
        <translation>Denials by reason</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>{n} visitors arrived; {left} of them signed out the same day.</source>
        <translation>{n} visitors arrived; {left} of them signed out the same day.</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>{n} vehicles entered: {staff} staff, {others} visitors.</source>
        <translation>{n} vehicles entered: {staff} staff, {others} visitors.</translation>
    </message>
    <message>
        <source>Incidents and work orders</source>
        <translation>Incidents and work orders</translation>
    </message>
    <message>
        <source>{n} raised, {open} still open at the end of the day.</source>
        <translation>{n} raised, {open} still open at the end of the day.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Safety inspections</source>
        <translation>Safety inspections</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>not finished</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Items not in order</source>
        <translation>Items not in order</translation>
    </message>
    <message>
        <source>No inspection rounds.</source>
        <translation>No inspection rounds.</translation>
    </message>
    <message>
        <source>Hazards: {found} found today; {open} not fixed at the end of the day, {overdue} of them past their deadline.</source>
        <translation>Hazards: {found} found today; {open} not fixed at the end of the day, {overdue} of them past their deadline.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Equipment faults</source>
        <translation>Equipment faults</translation>
    </message>
    <message>
        <source>Open items new / carried</source>
        <translation>Open items new / carried</translation>
    </message>
    <message>
        <source>No handover was written.</source>
        <translation>No handover was written.</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Guards</source>
        <translation>Guards</translation>
    </message>
    <message>
        <source>No published roster covers this day.</source>
        <translation>No published roster covers this day.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>left to the guard</source>
        <translation>left to the guard</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Checks at the gate</source>
        <translation>Checks at the gate</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Fever readings</source>
        <translation>Fever readings</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Denials</translation>
    </message>
    <message>
        <source>Nobody was denied.</source>
        <translation>Nobody was denied.</translation>
    </message>
    <message>
        <source>Host department</source>
        <translation>Host department</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>No incidents.</translation>
    </message>
    <message>
        <source>Monthly gate summary {month}</source>
        <translation>Monthly gate summary {month}</translation>
    </message>
    <message>
        <source>Yearly gate summary {year}</source>
        <translation>Yearly gate summary {year}</translation>
    </message>
    <message>
        <source>{first} to {last} · post {post} · made {made}</source>
        <translation>{first} to {last} · post {post} · made {made}</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Visitors and vehicles</source>
        <translation>Visitors and vehicles</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visitors</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>vehicles</translation>
    </message>
    <message>
        <source>{n} visitors arrived; {vehicles} vehicles entered ({staff} staff).</source>
        <translation>{n} visitors arrived; {vehicles} vehicles entered ({staff} staff).</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Incidents by type</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Day by day</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choose a photo (optional)…</source>
        <translation>Choose a photo (optional)…</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>Could not read {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Daily activity report</source>
        <translation>Daily activity report</translation>
    </message>
    <message>
        <source>Monthly summary (the month of the date)</source>
        <translation>Monthly summary (the month of the date)</translation>
    </message>
    <message>
        <source>Yearly summary (the year of the date)</source>
        <translation>Yearly summary (the year of the date)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The daily report: passes, denials with reasons, visitors, vehicles, incidents, inspections, handover notes and who was on duty. The summaries add charts and a table per day or per month.</source>
        <translation>The daily report: passes, denials with reasons, visitors, vehicles, incidents, inspections, handover notes and who was on duty. The summaries add charts and a table per day or per month.</translation>
    </message>
    <message>
        <source>Each day's report is also saved to {0} after midnight.</source>
        <translation>Each day's report is also saved to {0} after midnight.</translation>
    </message>
    <message>
        <source>No archive folder is set: daily reports are saved only when you ask (Settings → Workstation).</source>
        <translation>No archive folder is set: daily reports are saved only when you ask (Settings → Workstation).</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>any shift</source>
        <translation>any shift</translation>
    </message>
    <message>
        <source>to work {0}</source>
        <translation>to work {0}</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>a day off</translation>
    </message>
    <message>
        <source>{0}, day {1}: {2} (weight {3})</source>
        <translation>{0}, day {1}: {2} (weight {3})</translation>
    </message>
    <message>
        <source>wish</source>
        <translation>wish</translation>
    </message>
    <message>
        <source>remove wish</source>
        <translation>remove wish</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Wish</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>A day off</source>
        <translation>A day off</translation>
    </message>
    <message>
        <source>To work</source>
        <translation>To work</translation>
    </message>
    <message>
        <source>Add the wish</source>
        <translation>Add the wish</translation>
    </message>
    <message>
        <source>Remove the selected wish</source>
        <translation>Remove the selected wish</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Guard</source>
        <translation>Guard</translation>
    </message>
    <message>
        <source>Security lead</source>
        <translation>Security lead</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>There is no draft for this month.</source>
        <translation>There is no draft for this month.</translation>
    </message>
    <message>
        <source>The draft breaks {n} hard rules; mend them before publishing.</source>
        <translation>The draft breaks {n} hard rules; mend them before publishing.</translation>
    </message>
    <message>
        <source>The monthly minimum hours are above the maximum.</source>
        <translation>The monthly minimum hours are above the maximum.</translation>
    </message>
    <message>
        <source>At most {n} working days in a row is too few.</source>
        <translation>At most {n} working days in a row is too few.</translation>
    </message>
    <message>
        <source>A limit cannot be negative.</source>
        <translation>A limit cannot be negative.</translation>
    </message>
    <message>
        <source>That guard is no longer on the list.</source>
        <translation>That guard is no longer on the list.</translation>
    </message>
    <message>
        <source>The leave ends before it starts.</source>
        <translation>The leave ends before it starts.</translation>
    </message>
    <message>
        <source>Leave of more than a year is not leave.</source>
        <translation>Leave of more than a year is not leave.</translation>
    </message>
</context>
<context>
    <name>RosterInputsDialog</name>
    <message>
        <source>The month's inputs</source>
        <translation>The month's inputs</translation>
    </message>
    <message>
        <source>Guards</source>
        <translation>Guards</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Hard rules broken: {0}   Penalty: {1}</source>
        <translation>Hard rules broken: {0}   Penalty: {1}</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>cover</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>day {0}</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>unpin</source>
        <translation>unpin</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>swap</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Solving…</translation>
    </message>
    <message>
        <source>Solving: best {0}, bound {1}, {2:.0f} s</source>
        <translation>Solving: best {0}, bound {1}, {2:.0f} s</translation>
    </message>
    <message>
        <source>No roster found ({0}).</source>
        <translation>No roster found ({0}).</translation>
    </message>
    <message>
        <source>solve</source>
        <translation>solve</translation>
    </message>
    <message>
        <source>Done: penalty {0} ({1}, {2:.0f} s{3}); {4} cells changed</source>
        <translation>Done: penalty {0} ({1}, {2:.0f} s{3}); {4} cells changed</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, stopped</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Published version {0}: {1} cells differ from version {2}. {3}{4}</source>
        <translation>Published version {0}: {1} cells differ from version {2}. {3}{4}</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Solve</translation>
    </message>
    <message>
        <source>Stop (keep the best)</source>
        <translation>Stop (keep the best)</translation>
    </message>
    <message>
        <source>Sick: re-plan from the selected day</source>
        <translation>Sick: re-plan from the selected day</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>change </source>
        <translation>change </translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>What one changed cell costs in a re-plan. A post one guard short costs 100: at 40 a gap is filled when two changes can fill it; at 100 or more the fewest changes come first.</source>
        <translation>What one changed cell costs in a re-plan. A post one guard short costs 100: at 40 a gap is filled when two changes can fill it; at 100 or more the fewest changes come first.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Guards, leave, events…</source>
        <translation>Guards, leave, events…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
</context>
<context>
    <name>RosterRule</name>
    <message>
        <source>too few guards on a shift</source>
        <translation>too few guards on a shift</translation>
    </message>
    <message>
        <source>unknown shift</source>
        <translation>unknown shift</translation>
    </message>
    <message>
        <source>works on leave or a day off</source>
        <translation>works on leave or a day off</translation>
    </message>
    <message>
        <source>these two shifts may not follow</source>
        <translation>these two shifts may not follow</translation>
    </message>
    <message>
        <source>too little rest between two shifts</source>
        <translation>too little rest between two shifts</translation>
    </message>
    <message>
        <source>post or shift not run there</source>
        <translation>post or shift not run there</translation>
    </message>
    <message>
        <source>not qualified for the post</source>
        <translation>not qualified for the post</translation>
    </message>
    <message>
        <source>too many shifts of one kind</source>
        <translation>too many shifts of one kind</translation>
    </message>
    <message>
        <source>too few minutes of duty this month</source>
        <translation>too few minutes of duty this month</translation>
    </message>
    <message>
        <source>too many minutes of duty this month</source>
        <translation>too many minutes of duty this month</translation>
    </message>
    <message>
        <source>too many night shifts</source>
        <translation>too many night shifts</translation>
    </message>
    <message>
        <source>too many weekends worked</source>
        <translation>too many weekends worked</translation>
    </message>
    <message>
        <source>a pinned cell was changed</source>
        <translation>a pinned cell was changed</translation>
    </message>
    <message>
        <source>working stretch too short</source>
        <translation>working stretch too short</translation>
    </message>
    <message>
        <source>too many working days in a row</source>
        <translation>too many working days in a row</translation>
    </message>
    <message>
        <source>too few days off in a row</source>
        <translation>too few days off in a row</translation>
    </message>
    <message>
        <source>below the preferred cover</source>
        <translation>below the preferred cover</translation>
    </message>
    <message>
        <source>above the preferred cover</source>
        <translation>above the preferred cover</translation>
    </message>
    <message>
        <source>wish to work not granted</source>
        <translation>wish to work not granted</translation>
    </message>
    <message>
        <source>wish for a day off not granted</source>
        <translation>wish for a day off not granted</translation>
    </message>
    <message>
        <source>{code}</source>
        <translation>{code}</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Inspection round: {0}</source>
        <translation>Inspection round: {0}</translation>
    </message>
    <message>
        <source>Started {0} at {1}</source>
        <translation>Started {0} at {1}</translation>
    </message>
    <message>
        <source>Item (ticked: ok)</source>
        <translation>Item (ticked: ok)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Raise a hazard</source>
        <translation>Raise a hazard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Days to fix</source>
        <translation>Days to fix</translation>
    </message>
    <message>
        <source>Hazard photo</source>
        <translation>Hazard photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Could not read the photo: {0}</source>
        <translation>Could not read the photo: {0}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{key}: {reason}</source>
        <translation>{key}: {reason}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>must be between {low} and {high}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>must be one of: {choices}</translation>
    </message>
    <message>
        <source>must start with {schemes}</source>
        <translation>must start with {schemes}</translation>
    </message>
    <message>
        <source>is not a valid pattern: {error}</source>
        <translation>is not a valid pattern: {error}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>is used twice</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>must be a table</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>is not a known setting</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a list of tables</source>
        <translation>must be a list of tables</translation>
    </message>
    <message>
        <source>this program reads schema version {expected}, the file has {found}</source>
        <translation>this program reads schema version {expected}, the file has {found}</translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>is not valid TOML: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language / 语言</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>Workstation id</source>
        <translation>Workstation id</translation>
    </message>
</context>
<context>
    <name>StaffVehiclesPanel</name>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Add staff vehicle</source>
        <translation>Add staff vehicle</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Duty post</source>
        <translation>Duty post</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Sync hub</source>
        <translation>Sync hub</translation>
    </message>
    <message>
        <source>Check station</source>
        <translation>Check station</translation>
    </message>
    <message>
        <source>Visitors and privacy</source>
        <translation>Visitors and privacy</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>Post name</translation>
    </message>
    <message>
        <source>Fever from (°C)</source>
        <translation>Fever from (°C)</translation>
    </message>
    <message>
        <source>Lowest plausible reading (°C)</source>
        <translation>Lowest plausible reading (°C)</translation>
    </message>
    <message>
        <source>Highest plausible reading (°C)</source>
        <translation>Highest plausible reading (°C)</translation>
    </message>
    <message>
        <source>QR scanner port</source>
        <translation>QR scanner port</translation>
    </message>
    <message>
        <source>Scanner line ending</source>
        <translation>Scanner line ending</translation>
    </message>
    <message>
        <source>Thermometer port</source>
        <translation>Thermometer port</translation>
    </message>
    <message>
        <source>Thermometer protocol</source>
        <translation>Thermometer protocol</translation>
    </message>
    <message>
        <source>Modbus address</source>
        <translation>Modbus address</translation>
    </message>
    <message>
        <source>Modbus register</source>
        <translation>Modbus register</translation>
    </message>
    <message>
        <source>ID card reader port</source>
        <translation>ID card reader port</translation>
    </message>
    <message>
        <source>Gate relay port</source>
        <translation>Gate relay port</translation>
    </message>
    <message>
        <source>Gate relay protocol</source>
        <translation>Gate relay protocol</translation>
    </message>
    <message>
        <source>Relay channel (USB board)</source>
        <translation>Relay channel (USB board)</translation>
    </message>
    <message>
        <source>Relay Modbus address</source>
        <translation>Relay Modbus address</translation>
    </message>
    <message>
        <source>Relay coil (Modbus)</source>
        <translation>Relay coil (Modbus)</translation>
    </message>
    <message>
        <source>Gate stays open (seconds)</source>
        <translation>Gate stays open (seconds)</translation>
    </message>
    <message>
        <source>Configured cameras</source>
        <translation>Configured cameras</translation>
    </message>
    <message>
        <source>Entry policy</source>
        <translation>Entry policy</translation>
    </message>
    <message>
        <source>Scan and reading within (seconds)</source>
        <translation>Scan and reading within (seconds)</translation>
    </message>
    <message>
        <source>Staff card pattern</source>
        <translation>Staff card pattern</translation>
    </message>
    <message>
        <source>Health-code service</source>
        <translation>Health-code service</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Service key</translation>
    </message>
    <message>
        <source>Service timeout (seconds)</source>
        <translation>Service timeout (seconds)</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Sync every (seconds)</source>
        <translation>Sync every (seconds)</translation>
    </message>
    <message>
        <source>Keep visitor personal data (days)</source>
        <translation>Keep visitor personal data (days)</translation>
    </message>
    <message>
        <source>Sign out visitors still inside at (hour, -1: never)</source>
        <translation>Sign out visitors still inside at (hour, -1: never)</translation>
    </message>
    <message>
        <source>Camera for visitor photos</source>
        <translation>Camera for visitor photos</translation>
    </message>
    <message>
        <source>ID card fills the address</source>
        <translation>ID card fills the address</translation>
    </message>
    <message>
        <source>Save each day's report to</source>
        <translation>Save each day's report to</translation>
    </message>
    <message>
        <source>{0} (edited in the settings file until the camera wall is available)</source>
        <translation>{0} (edited in the settings file until the camera wall is available)</translation>
    </message>
    <message>
        <source>e.g. COM3, /dev/ttyACM0, socket://host:port</source>
        <translation>e.g. COM3, /dev/ttyACM0, socket://host:port</translation>
    </message>
    <message>
        <source>e.g. COM4, rfc2217://host:port</source>
        <translation>e.g. COM4, rfc2217://host:port</translation>
    </message>
    <message>
        <source>e.g. COM5; empty: no card reader</source>
        <translation>e.g. COM5; empty: no card reader</translation>
    </message>
    <message>
        <source>e.g. COM6; empty: the guard opens the gate</source>
        <translation>e.g. COM6; empty: the guard opens the gate</translation>
    </message>
    <message>
        <source>also store the address read from the card</source>
        <translation>also store the address read from the card</translation>
    </message>
    <message>
        <source>empty: this workstation works alone</source>
        <translation>empty: this workstation works alone</translation>
    </message>
    <message>
        <source>e.g. rtsp://…, usb:0; empty: no photos</source>
        <translation>e.g. rtsp://…, usb:0; empty: no photos</translation>
    </message>
    <message>
        <source>a folder, e.g. a share of the bureau's archive; empty: not saved</source>
        <translation>a folder, e.g. a share of the bureau's archive; empty: not saved</translation>
    </message>
    <message>
        <source>Version {0}: pass only with a green code (or a valid pass or staff card), a temperature below {1} °C and no watchlist match; otherwise deny with the reasons. A code that cannot be verified is a manual check.</source>
        <translation>Version {0}: pass only with a green code (or a valid pass or staff card), a temperature below {1} °C and no watchlist match; otherwise deny with the reasons. A code that cannot be verified is a manual check.</translation>
    </message>
    <message>
        <source>empty: every health code is a manual check</source>
        <translation>empty: every health code is a manual check</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>(card expired)</source>
        <translation>(card expired)</translation>
    </message>
    <message>
        <source>QR scanner</source>
        <translation>QR scanner</translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation>Thermometer</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <source>Passed today</source>
        <translation>Passed today</translation>
    </message>
    <message>
        <source>Denied today</source>
        <translation>Denied today</translation>
    </message>
    <message>
        <source>Incomplete today</source>
        <translation>Incomplete today</translation>
    </message>
    <message>
        <source>Manual today</source>
        <translation>Manual today</translation>
    </message>
    <message>
        <source>Guard's decision (F8)</source>
        <translation>Guard's decision (F8)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>Open a work order for this denial</source>
        <translation>Open a work order for this denial</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Roster: none published</source>
        <translation>Roster: none published</translation>
    </message>
    <message>
        <source>On duty now: {0}</source>
        <translation>On duty now: {0}</translation>
    </message>
    <message>
        <source>Next shift at {0}:</source>
        <translation>Next shift at {0}:</translation>
    </message>
    <message>
        <source>On duty: {0} ({1})</source>
        <translation>On duty: {0} ({1})</translation>
    </message>
    <message>
        <source>Post: {0}</source>
        <translation>Post: {0}</translation>
    </message>
    <message>
        <source>Devices: {0} configured</source>
        <translation>Devices: {0} configured</translation>
    </message>
    <message>
        <source>Devices: not configured</source>
        <translation>Devices: not configured</translation>
    </message>
    <message>
        <source>Cameras: {0} configured</source>
        <translation>Cameras: {0} configured</translation>
    </message>
    <message>
        <source>Cameras: not configured</source>
        <translation>Cameras: not configured</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync: stand-alone</source>
        <translation>Sync: stand-alone</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Offline since {time}</translation>
    </message>
    <message>
        <source>Upgrade needed: the hub runs a newer version</source>
        <translation>Upgrade needed: the hub runs a newer version</translation>
    </message>
    <message>
        <source>The hub refused this workstation ({reason})</source>
        <translation>The hub refused this workstation ({reason})</translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation>{n} pending</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <source>clock {s} s off the hub's</source>
        <translation>clock {s} s off the hub's</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>Show rejected changes and conflicts</source>
        <translation>Show rejected changes and conflicts</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>this log can only be added to</source>
        <translation>this log can only be added to</translation>
    </message>
    <message>
        <source>only a lead's workstation may change the roster</source>
        <translation>only a lead's workstation may change the roster</translation>
    </message>
    <message>
        <source>settings and watchlists are changed centrally</source>
        <translation>settings and watchlists are changed centrally</translation>
    </message>
    <message>
        <source>changed centrally meanwhile; the hub's version was kept</source>
        <translation>changed centrally meanwhile; the hub's version was kept</translation>
    </message>
    <message>
        <source>the hub does not know this record</source>
        <translation>the hub does not know this record</translation>
    </message>
    <message>
        <source>this version of the program is unknown to the hub</source>
        <translation>this version of the program is unknown to the hub</translation>
    </message>
    <message>
        <source>damaged change</source>
        <translation>damaged change</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>Changes the hub refused</translation>
    </message>
    <message>
        <source>Concurrent changes that lost (the newer one was kept)</source>
        <translation>Concurrent changes that lost (the newer one was kept)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>TemplateTab</name>
    <message>
        <source>the guard's first post for the shift</source>
        <translation>the guard's first post for the shift</translation>
    </message>
    <message>
        <source>Choose the guards first.</source>
        <translation>Choose the guards first.</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <source>{0} guards pinned to the rotation.</source>
        <translation>{0} guards pinned to the rotation.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Stagger the guards</source>
        <translation>Stagger the guards</translation>
    </message>
    <message>
        <source>A/B 12-hour: a day on, a day off</source>
        <translation>A/B 12-hour: a day on, a day off</translation>
    </message>
    <message>
        <source>A/B 12-hour: two days, two nights, two off</source>
        <translation>A/B 12-hour: two days, two nights, two off</translation>
    </message>
    <message>
        <source>Day-night-off-off (白-夜-休-休)</source>
        <translation>Day-night-off-off (白-夜-休-休)</translation>
    </message>
    <message>
        <source>Three shifts: early, middle, night</source>
        <translation>Three shifts: early, middle, night</translation>
    </message>
    <message>
        <source>24-hour duty: a day on, a day off (做一休一)</source>
        <translation>24-hour duty: a day on, a day off (做一休一)</translation>
    </message>
    <message>
        <source>24-hour duty: a day on, two days off (做一休二)</source>
        <translation>24-hour duty: a day on, two days off (做一休二)</translation>
    </message>
    <message>
        <source>Apply the rotation</source>
        <translation>Apply the rotation</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <source>Total in the range: {0}</source>
        <translation>Total in the range: {0}</translation>
    </message>
    <message>
        <source>staff vehicles</source>
        <translation>staff vehicles</translation>
    </message>
    <message>
        <source>visitor vehicles</source>
        <translation>visitor vehicles</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Denials by reason</source>
        <translation>Denials by reason</translation>
    </message>
    <message>
        <source>Visitors by host department</source>
        <translation>Visitors by host department</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Incidents by type</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>by hour</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>by day</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>by month</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>Export data (CSV)…</translation>
    </message>
    <message>
        <source>Export chart (PNG)…</source>
        <translation>Export chart (PNG)…</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Unlock selected account</source>
        <translation>Unlock selected account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
</context>
<context>
    <name>VehiclesPanel</name>
    <message>
        <source>staff vehicle</source>
        <translation>staff vehicle</translation>
    </message>
    <message>
        <source>overstayed</source>
        <translation>overstayed</translation>
    </message>
    <message>
        <source>Vehicles on site now: {0}</source>
        <translation>Vehicles on site now: {0}</translation>
    </message>
    <message>
        <source>Plate, e.g. A12345 (Enter: in)</source>
        <translation>Plate, e.g. A12345 (Enter: in)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Logged by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Scan the code and take the temperature</source>
        <translation>Scan the code and take the temperature</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>NO ENTRY</source>
        <translation>NO ENTRY</translation>
    </message>
    <message>
        <source>MANUAL CHECK</source>
        <translation>MANUAL CHECK</translation>
    </message>
    <message>
        <source>NOT COMPLETED</source>
        <translation>NOT COMPLETED</translation>
    </message>
    <message>
        <source>TAKE TEMPERATURE</source>
        <translation>TAKE TEMPERATURE</translation>
    </message>
    <message>
        <source>MEASURE AGAIN</source>
        <translation>MEASURE AGAIN</translation>
    </message>
    <message>
        <source>SCAN THE CODE</source>
        <translation>SCAN THE CODE</translation>
    </message>
</context>
<context>
    <name>VisitLogPanel</name>
    <message>
        <source>Export the visit log</source>
        <translation>Export the visit log</translation>
    </message>
    <message>
        <source>{0} visits exported (masked); the export is recorded in the audit log.</source>
        <translation>{0} visits exported (masked); the export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Name begins with</source>
        <translation>Name begins with</translation>
    </message>
    <message>
        <source>Document number (exact)</source>
        <translation>Document number (exact)</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>From this day</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>All verdicts</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Show visits up to this day, newest first</source>
        <translation>Show visits up to this day, newest first</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>overstayed</source>
        <translation>overstayed</translation>
    </message>
    <message>
        <source>On site now: {0}</source>
        <translation>On site now: {0}</translation>
    </message>
    <message>
        <source>Expected visitors</source>
        <translation>Expected visitors</translation>
    </message>
    <message>
        <source>Save the passes (PNG) in</source>
        <translation>Save the passes (PNG) in</translation>
    </message>
    <message>
        <source>{0} passes issued.</source>
        <translation>{0} passes issued.</translation>
    </message>
    <message>
        <source>{0} overstayed — call their hosts</source>
        <translation>{0} overstayed — call their hosts</translation>
    </message>
    <message>
        <source>Show the full number</source>
        <translation>Show the full number</translation>
    </message>
    <message>
        <source>Why is the full number needed? (recorded in the audit log)</source>
        <translation>Why is the full number needed? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Full number: {0}</source>
        <translation>Full number: {0}</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>row {0}: {1}</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check out the selected visitor</source>
        <translation>Check out the selected visitor</translation>
    </message>
    <message>
        <source>Print the on-site list</source>
        <translation>Print the on-site list</translation>
    </message>
    <message>
        <source>Scan the slip or pass to check out</source>
        <translation>Scan the slip or pass to check out</translation>
    </message>
    <message>
        <source>Show the full number…</source>
        <translation>Show the full number…</translation>
    </message>
    <message>
        <source>Import expected visitors…</source>
        <translation>Import expected visitors…</translation>
    </message>
    <message>
        <source>Pre-register a visitor…</source>
        <translation>Pre-register a visitor…</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <source>Staff vehicles</source>
        <translation>Staff vehicles</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Nothing was imported: {n} rows have problems.</source>
        <translation>Nothing was imported: {n} rows have problems.</translation>
    </message>
    <message>
        <source>Enter the visitor's name.</source>
        <translation>Enter the visitor's name.</translation>
    </message>
    <message>
        <source>Unknown document kind {kind}.</source>
        <translation>Unknown document kind {kind}.</translation>
    </message>
    <message>
        <source>The pass must run from today or later, at most {days} days.</source>
        <translation>The pass must run from today or later, at most {days} days.</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>The file has no column {column}.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Dates are written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The expected stay is between 1 minute and 24 hours.</source>
        <translation>The expected stay is between 1 minute and 24 hours.</translation>
    </message>
    <message>
        <source>STOP: this person or vehicle is on the watchlist. Call the lead.</source>
        <translation>STOP: this person or vehicle is on the watchlist. Call the lead.</translation>
    </message>
    <message>
        <source>No such visit.</source>
        <translation>No such visit.</translation>
    </message>
    <message>
        <source>State why the full number is needed.</source>
        <translation>State why the full number is needed.</translation>
    </message>
    <message>
        <source>Nothing to unmask for this visit.</source>
        <translation>Nothing to unmask for this visit.</translation>
    </message>
    <message>
        <source>This is not a pass this compound issued.</source>
        <translation>This is not a pass this compound issued.</translation>
    </message>
    <message>
        <source>This visitor has not come in yet.</source>
        <translation>This visitor has not come in yet.</translation>
    </message>
    <message>
        <source>A photo is taken only when the visitor agrees to it.</source>
        <translation>A photo is taken only when the visitor agrees to it.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>From the ID card: {0}, born {1}, {2}</source>
        <translation>From the ID card: {0}, born {1}, {2}</translation>
    </message>
    <message>
        <source>EXPIRED on {0}: ask for a valid document</source>
        <translation>EXPIRED on {0}: ask for a valid document</translation>
    </message>
    <message>
        <source>Registered: {0} ({1})</source>
        <translation>Registered: {0} ({1})</translation>
    </message>
    <message>
        <source>Walk-in visitor</source>
        <translation>Walk-in visitor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Visiting</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Expected stay (minutes)</source>
        <translation>Expected stay (minutes)</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>optional, e.g. 京A12345</source>
        <translation>optional, e.g. 京A12345</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>Register (Enter)</translation>
    </message>
    <message>
        <source>Print the visitor slip</source>
        <translation>Print the visitor slip</translation>
    </message>
    <message>
        <source>The visitor agrees to a photo</source>
        <translation>The visitor agrees to a photo</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Clear card</source>
        <translation>Clear card</translation>
    </message>
    <message>
        <source>type it, or lay the ID card on the reader</source>
        <translation>type it, or lay the ID card on the reader</translation>
    </message>
    <message>
        <source>No photo camera is set in Settings</source>
        <translation>No photo camera is set in Settings</translation>
    </message>
</context>
<context>
    <name>WatchlistPanel</name>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>Identity number, plate or code to stop</source>
        <translation>Identity number, plate or code to stop</translation>
    </message>
    <message>
        <source>Who or what (shown to the guard)</source>
        <translation>Who or what (shown to the guard)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Add to the watchlist</source>
        <translation>Add to the watchlist</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Who or what</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>{0}, day {1}: {2}</source>
        <translation>{0}, day {1}: {2}</translation>
    </message>
    <message>
        <source>No rule or cost touches this cell.</source>
        <translation>No rule or cost touches this cell.</translation>
    </message>
    <message>
        <source>{0} more hard rules broken</source>
        <translation>{0} more hard rules broken</translation>
    </message>
    <message>
        <source>no new broken rule</source>
        <translation>no new broken rule</translation>
    </message>
    <message>
        <source>Who could take this shift (best first)</source>
        <translation>Who could take this shift (best first)</translation>
    </message>
</context>
<context>
    <name>WorkOrderKind</name>
    <message>
        <source>camera alert</source>
        <translation>camera alert</translation>
    </message>
    <message>
        <source>turned away at the gate</source>
        <translation>turned away at the gate</translation>
    </message>
    <message>
        <source>reported by a guard</source>
        <translation>reported by a guard</translation>
    </message>
    <message>
        <source>intrusion</source>
        <translation>intrusion</translation>
    </message>
    <message>
        <source>fire alarm</source>
        <translation>fire alarm</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medical</translation>
    </message>
    <message>
        <source>lost property</source>
        <translation>lost property</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>dispute</translation>
    </message>
    <message>
        <source>petition crowd</source>
        <translation>petition crowd</translation>
    </message>
    <message>
        <source>hazard</source>
        <translation>hazard</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>WorkOrderState</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>false alarm</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <source>Choose the kind of incident.</source>
        <translation>Choose the kind of incident.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Say in a few words what happened.</translation>
    </message>
    <message>
        <source>That check does not exist.</source>
        <translation>That check does not exist.</translation>
    </message>
    <message>
        <source>Unknown work-order state.</source>
        <translation>Unknown work-order state.</translation>
    </message>
    <message>
        <source>Say what was done (or why it was a false alarm) before closing.</source>
        <translation>Say what was done (or why it was a false alarm) before closing.</translation>
    </message>
    <message>
        <source>This work order is {state} and cannot go there.</source>
        <translation>This work order is {state} and cannot go there.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>Say what was done.</translation>
    </message>
    <message>
        <source>That work order does not exist.</source>
        <translation>That work order does not exist.</translation>
    </message>
</context>
<context>
    <name>ZoneEditor</name>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>watched</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>Motion zones: {0}</source>
        <translation>Motion zones: {0}</translation>
    </message>
    <message>
        <source>Click the corners of the zone on the picture, then name it and save. Motion in a watched zone raises an alert; an excluded zone (a tree, a flag, a road) never does.</source>
        <translation>Click the corners of the zone on the picture, then name it and save. Motion in a watched zone raises an alert; an excluded zone (a tree, a flag, a road) never does.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Sensitivity (1-100)</source>
        <translation>Sensitivity (1-100)</translation>
    </message>
    <message>
        <source>Minimum changed area</source>
        <translation>Minimum changed area</translation>
    </message>
    <message>
        <source>Armed from (HH:MM)</source>
        <translation>Armed from (HH:MM)</translation>
    </message>
    <message>
        <source>Armed until (HH:MM)</source>
        <translation>Armed until (HH:MM)</translation>
    </message>
    <message>
        <source>never raise alerts here</source>
        <translation>never raise alerts here</translation>
    </message>
    <message>
        <source>Remove the selected zone</source>
        <translation>Remove the selected zone</translation>
    </message>
    <message>
        <source>Undo the last corner</source>
        <translation>Undo the last corner</translation>
    </message>
</context>
</TS>