using System.Collections;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace ValueFlows.Server.Tests;

public sealed class VfServerConfigurationTests
{
    private const string AppSettings = """
        {
          "Vf": {
            "QueryTimeout": "00:00:10",
            "MaxRequestBytes": 2048,
            "AsAgent": "http://localhost/person/alice",
            "CorsOrigins": [ "https://app.example" ],
            "LogFormat": "Json"
          }
        }
        """;

    private static IConfigurationBuilder FromAppSettings() =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(AppSettings)));

    [Fact]
    public void ReadOptions_AppSettingsSection_BindsEveryKind()
    {
        var options = VfServerConfiguration.ReadOptions(FromAppSettings().Build());

        Assert.Equal(TimeSpan.FromSeconds(10), options.QueryTimeout);
        Assert.Equal(2048, options.MaxRequestBytes);
        Assert.Equal("http://localhost/person/alice", options.AsAgent);
        Assert.Equal(["https://app.example"], options.CorsOrigins);
        Assert.Equal(VfLogFormat.Json, options.LogFormat);
    }

    [Fact]
    public void ReadOptions_NothingConfigured_KeepsTheDefaults()
    {
        var options = VfServerConfiguration.ReadOptions(new ConfigurationBuilder().Build());

        Assert.Equal(TimeSpan.FromSeconds(30), options.QueryTimeout);
        Assert.Empty(options.CorsOrigins);
        Assert.Null(options.AsAgent);
        Assert.True(options.Explorer);
        Assert.Equal(VfLogFormat.Simple, options.LogFormat);
    }

    [Fact]
    public void AddVfEnvironmentVariables_PrefixedVariables_OverrideTheAppSettings()
    {
        var environment = new Hashtable
        {
            ["VF_QueryTimeout"] = "00:00:05",
            ["VF_CorsOrigins__0"] = "https://other.example",
            ["PATH"] = "/usr/bin",
            ["VF__Explorer"] = "false",
        };

        var options = VfServerConfiguration.ReadOptions(FromAppSettings().AddVfEnvironmentVariables(environment).Build());

        Assert.Equal(TimeSpan.FromSeconds(5), options.QueryTimeout);
        Assert.Equal(["https://other.example"], options.CorsOrigins);
        Assert.Equal(2048, options.MaxRequestBytes);
        // VF__X is the unprefixed environment source's business (section Vf, case-insensitive), not this one's.
        Assert.True(options.Explorer);
    }

    [Fact]
    public void ReadOptions_LongSectionName_IsReadAndVfWinsOverIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ValueFlows:QueryTimeout"] = "00:01:00",
            ["ValueFlows:AllowRawWrites"] = "true",
            ["Vf:QueryTimeout"] = "00:00:02",
        }).Build();

        var options = VfServerConfiguration.ReadOptions(configuration);

        Assert.Equal(TimeSpan.FromSeconds(2), options.QueryTimeout);
        Assert.True(options.AllowRawWrites);
    }
}
