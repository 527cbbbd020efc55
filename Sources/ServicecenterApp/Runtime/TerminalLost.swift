import Foundation

/// The exit status of a screen whose terminal went away: 128 + SIGHUP, as if the hang-up it
/// amounts to had been delivered, so scripts and service managers read it the same way.
public let terminalLostStatus: Int32 = 128 + SIGHUP
