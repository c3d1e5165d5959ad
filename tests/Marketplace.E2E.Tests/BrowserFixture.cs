using Marketplace.CarrierTestServer;
using Marketplace.MessagingTestServer;
using Marketplace.StripeTestServer;
using Marketplace.WalletTestServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Marketplace.E2E.Tests;

/// <summary>
/// The real host on a real port (Kestrel, a fresh SQLite file with the demo data) and Debian's
/// Chromium driven by Playwright. Playwright never downloads a browser of its own here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"marketplace-e2e-{Guid.NewGuid():N}.db");
    private readonly string _mail = Path.Combine(Path.GetTempPath(), $"marketplace-e2e-mail-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The loopback Stripe the host's Stripe.net client talks to: cards are on.</summary>
    public StripeServer Stripe { get; private set; } = null!;

    /// <summary>The loopback MoMo the host's MoMo gateway talks to: MoMo is on.</summary>
    public MoMoServer MoMo { get; private set; } = null!;

    /// <summary>The loopback ZaloPay the host's ZaloPay gateway talks to: ZaloPay is on.</summary>
    public ZaloPayServer ZaloPay { get; private set; } = null!;

    /// <summary>The loopback VNPay the host's VNPay gateway talks to: VNPay is on.</summary>
    public VnPayServer VnPay { get; private set; } = null!;

    /// <summary>The loopback eSMS gateway: SMS is a channel people may choose.</summary>
    public EsmsServer Esms { get; private set; } = null!;

    /// <summary>The loopback GHTK: parcels are priced by its fee API, booked, labelled, and moved by its callbacks.</summary>
    public GhtkServer Ghtk { get; private set; } = null!;

    /// <summary>The secret in the callback address the alliance gave GHTK.</summary>
    public const string GhtkCallbackHash = "e2e-ghtk-callback-0001";

    /// <summary>Where the host drops the mails it sends (.eml files), to follow a link in one as its reader would.</summary>
    public string MailFolder => _mail;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("MARKETPLACE_CHROMIUM") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        Stripe = await StripeServer.StartAsync();
        MoMo = await MoMoServer.StartAsync();
        ZaloPay = await ZaloPayServer.StartAsync();
        VnPay = await VnPayServer.StartAsync();
        Esms = await EsmsServer.StartAsync();
        Ghtk = await GhtkServer.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Site:PublicBaseUrl", "http://localhost/");
            builder.UseSetting("AllowedHosts", "localhost;127.0.0.1");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Marketplace", $"Data Source={_database}");
            builder.UseSetting("DemoData:Enabled", "true");
            builder.UseSetting("Mail:Delivery", "Pickup");
            builder.UseSetting("Mail:PickupDirectory", _mail);
            builder.UseSetting("RateLimiting:SignInPerMinute", "1000");
            builder.UseSetting("RateLimiting:RegistrationsPerHour", "100000");
            // A hundredth of the default's PBKDF2 rounds: the same hasher, less of the CPU the browser needs.
            builder.UseSetting("Identity:PasswordHasher:IterationCount", "1000");
            builder.UseSetting("Stripe:SecretKey", StripeServer.SecretKey);
            builder.UseSetting("Stripe:PublishableKey", StripeServer.PublishableKey);
            builder.UseSetting("Stripe:WebhookSecret", StripeServer.WebhookSecret);
            builder.UseSetting("Stripe:ApiBase", Stripe.BaseAddress);
            builder.UseSetting("MoMo:Endpoint", MoMo.BaseAddress);
            builder.UseSetting("MoMo:PartnerCode", MoMoServer.PartnerCode);
            builder.UseSetting("MoMo:AccessKey", MoMoServer.AccessKey);
            builder.UseSetting("MoMo:SecretKey", MoMoServer.SecretKey);
            builder.UseSetting("ZaloPay:Endpoint", ZaloPay.BaseAddress);
            builder.UseSetting("ZaloPay:PageOrigin", ZaloPay.BaseAddress);
            builder.UseSetting("ZaloPay:AppId", ZaloPayServer.AppId);
            builder.UseSetting("ZaloPay:Key1", ZaloPayServer.Key1);
            builder.UseSetting("ZaloPay:Key2", ZaloPayServer.Key2);
            builder.UseSetting("VnPay:PayUrl", VnPay.PayUrl);
            builder.UseSetting("VnPay:ApiUrl", VnPay.ApiUrl);
            builder.UseSetting("VnPay:TmnCode", VnPayServer.TmnCode);
            builder.UseSetting("VnPay:HashSecret", VnPayServer.HashSecret);
            builder.UseSetting("Esms:ApiBase", Esms.BaseAddress.TrimEnd('/') + "/");
            builder.UseSetting("Esms:ApiKey", EsmsServer.ApiKey);
            builder.UseSetting("Esms:SecretKey", EsmsServer.SecretKey);
            builder.UseSetting("Esms:Brandname", EsmsServer.Brandname);
            builder.UseSetting("Esms:CallbackKey", "e2e-callback-key-0001");
            builder.UseSetting("Carriers:Ghtk:Endpoint", Ghtk.BaseAddress);
            builder.UseSetting("Carriers:Ghtk:Token", GhtkServer.Token);
            builder.UseSetting("Carriers:Ghtk:ClientSource", GhtkServer.ClientSource);
            builder.UseSetting("Carriers:Ghtk:CallbackHash", GhtkCallbackHash);
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A new browser profile: no cookies, so Vietnamese, and an English-speaking browser on purpose.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            BaseURL = BaseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A new browser profile signed in through the sign-in page (a demo account).</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync(".hello");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Esms is not null)
        {
            await Esms.DisposeAsync();
        }

        if (Stripe is not null)
        {
            await Stripe.DisposeAsync();
        }

        if (Ghtk is not null)
        {
            await Ghtk.DisposeAsync();
        }

        if (MoMo is not null)
        {
            await MoMo.DisposeAsync();
        }

        if (ZaloPay is not null)
        {
            await ZaloPay.DisposeAsync();
        }

        if (VnPay is not null)
        {
            await VnPay.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }

        if (Directory.Exists(_mail))
        {
            Directory.Delete(_mail, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
