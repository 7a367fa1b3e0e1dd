using SiteGen.Cli;

return SiteGenCommand.Invoke(SiteGenCommand.Create(), args, Console.Error);
