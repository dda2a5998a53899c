using System.Runtime.InteropServices;

namespace ValueFlows.Store.Durability;

/// <summary>
/// Makes file creations, renames and deletions durable: on Unix the directory itself is fsynced (POSIX requires it for
/// the entry to survive a crash); Windows journals directory entries with the file.
/// </summary>
internal static partial class FileSync
{
    private const int ReadOnly = 0;

    public static void Directory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        int fd = Open(path, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory '{path}' to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory '{path}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
