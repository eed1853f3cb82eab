package org.waymark.android

import android.util.Log
import org.waymark.ffi.LogLevel
import org.waymark.ffi.LogRecord
import org.waymark.ffi.LogSink

/**
 * Sends the core's diagnostic events to logcat. The events are fixed words
 * (area/event), never data; still, install it only in debug builds:
 * `if (BuildConfig.DEBUG) setLogSink(LogcatSink())`.
 */
class LogcatSink(private val tag: String = "Waymark") : LogSink {
    override fun log(record: LogRecord) {
        val text = "${record.area}: ${record.event}"
        when (record.level) {
            LogLevel.DEBUG -> Log.d(tag, text)
            LogLevel.INFO -> Log.i(tag, text)
            LogLevel.WARN -> Log.w(tag, text)
            LogLevel.ERROR -> Log.e(tag, text)
        }
    }
}
